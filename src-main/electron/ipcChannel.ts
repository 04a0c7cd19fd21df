/** The single IPC channel between preload and main; the Waiban channel name travels as its first argument. */
export const invokeChannel = 'waiban:invoke';
