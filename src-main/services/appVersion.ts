/** This build's version, as the window shows it and every backup records it. */
export const appVersion = '0.1.0';
