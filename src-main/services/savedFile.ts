import { renameSync, rmSync } from 'node:fs';

/**
 * Writes a file to a target the person chose in a save dialog (which already asked before replacing one): first
 * beside it, then renamed into place, so a failure part-way leaves the old file, or none, never half a new one.
 */
export async function writeTarget<T>(out: string, write: (temp: string) => Promise<T> | T): Promise<T> {
  const temp = `${out}.${process.pid}.part`;
  rmSync(temp, { force: true });
  try {
    const result = await write(temp);
    renameSync(temp, out);
    return result;
  } finally {
    rmSync(temp, { force: true });
  }
}
