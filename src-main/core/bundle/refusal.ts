import { AppError } from '../../contract';

/** A bundle refused, with the reason a person can act on (ask for a new export, report a forgery). */
export const bundleRefusal = (zh: string, en: string): AppError => new AppError('BAD_BUNDLE', { zh, en });
