/** The IPC channel between preload and main for calls; the Waiban channel name travels as its first argument. */
export const invokeChannel = 'waiban:invoke';
/** Main to preload: how far a call got, as (call id, WorkProgress); only for calls that asked, with their id. */
export const progressChannel = 'waiban:progress';
/** Preload to main: a native open dialog for a file of a kind; answered with its handle, or null when cancelled. */
export const pickFileChannel = 'waiban:pick-file';
/** Preload to main: a native save dialog for a target of a kind under a suggested name; answered likewise. */
export const saveTargetChannel = 'waiban:save-target';
