/**
 * The few globals core and contract use that every host they run in has (Node, Chromium, Electron's renderer):
 * declared here because tsconfig.pure.json gives these layers neither DOM nor Node types.
 */
declare function atob(data: string): string;
declare function btoa(data: string): string;
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer): string;
}
