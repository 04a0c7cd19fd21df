import { formatAmount } from '../../../src-main/contract';

/** Fen as yuan with separators, as finance offices write it. */
export const yuan = (fen: number): string => formatAmount(fen, 2);
