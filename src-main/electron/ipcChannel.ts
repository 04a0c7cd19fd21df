/** The single IPC channel between preload and main; the Waiban channel name travels as its first argument. */
export const invokeChannel = 'waiban:invoke';
/** Main to preload: how far a call got, as (call id, WorkProgress); only for calls that asked, with their id. */
export const progressChannel = 'waiban:progress';
