import { AppError } from '../../src-main/contract';

/** The AppError that work throws; anything else it throws, or no throw at all, fails the test. */
export function refusalOf(work: () => unknown): AppError {
  try {
    work();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected a refusal, but it was accepted');
}

/** The AppError a promise rejects with; anything else it rejects with, or no rejection, fails the test. */
export async function rejectionOf(work: Promise<unknown>): Promise<AppError> {
  const err = await work.then(
    () => {
      throw new Error('expected a refusal, but it was accepted');
    },
    (e: unknown) => e,
  );
  if (err instanceof AppError) return err;
  throw err;
}
