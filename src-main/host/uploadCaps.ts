import type { FileKind } from '../contract';
import { defaultBundleLimits } from '../core/bundle/limits';
import { readLimits } from '../core/xlsx/readSheet';
import { maxDocumentBytes } from '../services/files';

/**
 * The largest upload of each kind: the cap of the service that reads it (the bundle reader's, the sheet reader's,
 * the document store's), so the host never fills the disk with a file the service would refuse anyway.
 */
export const uploadCaps: Record<FileKind, number> = {
  bundle: defaultBundleLimits.fileBytes,
  sheet: readLimits.fileBytes,
  document: maxDocumentBytes,
};
