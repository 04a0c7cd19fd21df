/** Whether a process with this id runs: a temporary file named after a dead one was abandoned by a killed run. */
export const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it runs, under another account.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};
