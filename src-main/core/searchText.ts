/**
 * Text is folded the same way when it is indexed and when it is searched: NFKC turns full-width letters and
 * digits into their ASCII forms, and case is ignored.
 */
export const foldText = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Trigram full-text search needs three characters; shorter queries (common in Chinese: 伦敦, 牛津) fall back
 * to substring matching.
 */
export const minIndexedQueryLength = 3;

/** A query as an FTS5 phrase: quotes doubled so user text is never read as query syntax. */
export const ftsPhrase = (folded: string): string => `"${folded.replace(/"/g, '""')}"`;
