import { describe, expect, it } from 'vitest';
import { base64ToBlob } from '../../../src-renderer/util/files';

describe('a file received as base64, turned back into bytes to save', () => {
  it('keeps every byte value, and types it by its extension', async () => {
    const bytes = Uint8Array.from({ length: 256 * 4 }, (_, i) => i % 256);
    const blob = base64ToBlob(Buffer.from(bytes).toString('base64'), 'office-to-LAW-3.waiban');
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(bytes);
    expect(blob.type).toBe('application/octet-stream');
    expect(base64ToBlob('JVBERg==', 'report.pdf').type).toBe('application/pdf');
  });
});
