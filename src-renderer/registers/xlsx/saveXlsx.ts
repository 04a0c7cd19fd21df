import type { XlsxFile } from '../../../src-main/contract';
import { base64ToBlob, downloadBlob } from '../../util/files';

/** Saves a workbook the backend wrote under the name it chose. */
export const saveXlsx = (file: XlsxFile): void => downloadBlob(base64ToBlob(file.base64, file.name), file.name);
