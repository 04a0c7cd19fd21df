/**
 * Byte and text helpers for the minisign formats. Core stays free of Node, so these work on Uint8Array and
 * the web-standard atob/btoa rather than Buffer.
 */

/** Padded, standard-alphabet base64 only, as libsodium's decoder in minisign expects: no spaces, no url-safe. */
const base64Pattern = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** The decoded bytes, or undefined when the text is not strict base64. */
export function decodeBase64(text: string): Uint8Array | undefined {
  if (!base64Pattern.test(text)) return undefined;
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

/**
 * The lines of a small text file. A final line end is optional, and CR before LF is dropped: signature files
 * pass through Windows editors and e-mail, and minisign itself ignores the CR.
 */
export function textLines(text: string): string[] {
  const lines = text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export const equalBytes = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

export const utf8Bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The two algorithm bytes that open minisign's binary key and signature blobs, as text. */
export const algorithmOf = (blob: Uint8Array): string => String.fromCharCode(blob[0] ?? 0, blob[1] ?? 0);
