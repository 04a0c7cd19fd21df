import { bundleRefusal } from './refusal';

export const manifestName = 'manifest.json';
export const manifestSignatureName = 'manifest.json.minisig';
/** The office's signed roster, in every office export; the office's public key, in an enrolment bundle. */
export const rosterName = 'roster.json';
export const rosterSignatureName = 'roster.json.minisig';
export const officeKeyName = 'office.pub';
/** In an office bundle for a department: the records its records refer to that are not its own, read-only. */
export const contextName = 'context.json';
/** A join request is a zip of its own: the request and the requester's signature on it. */
export const joinRequestName = 'join-request.json';
export const joinRequestSignatureName = 'join-request.json.minisig';
/** A replacement request (a forked laptop enrolled again): the same request signed by the identity it replaces. */
export const joinRequestPredecessorSignatureName = 'join-request.json.previous.minisig';

const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/**
 * Every name a bundle may hold. Nothing is ever extracted by name, but a name outside this list means a forged file.
 * A segment's number has up to sixteen digits: a restored installation's go on above a floor in the trillions
 * (core/bundle/restart.ts), and the manifest takes any exact integer.
 */
const allowed = new RegExp(
  `^(?:(?:manifest|roster|join-request)\\.json(?:\\.minisig)?|join-request\\.json\\.previous\\.minisig|context\\.json|office\\.pub|segments/${uuid}/[1-9][0-9]{0,15}\\.jsonl(?:\\.minisig)?|files/[0-9a-f]{64})$`,
);

export const segmentPath = (author: string, seq: number): string => `segments/${author}/${seq}.jsonl`;
export const filePath = (sha256: string): string => `files/${sha256}`;

/**
 * Refuses an entry name that is not on the allow-list, naming the zip-slip forms (parent folder, absolute
 * path, backslash) separately because they mean an attack rather than a damaged file.
 */
export function checkEntryName(name: string): void {
  if (name.split(/[\\/]/).includes('..') || name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.includes('\\')) {
    throw bundleRefusal(
      `数据包含有企图写到别处的文件名“${name}”（..、绝对路径或反斜杠），不予接受。`,
      `The bundle holds an entry name that tries to escape its folder ("${name}": .., an absolute path or a backslash); refused.`,
    );
  }
  if (!allowed.test(name)) {
    throw bundleRefusal(
      `数据包含有不应有的条目“${name}”，不予接受。`,
      `The bundle holds an entry that does not belong in a bundle ("${name}"); refused.`,
    );
  }
}
