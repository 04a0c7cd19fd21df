import { describe, expect, it } from 'vitest';
import { typedBlob } from '../../../src-renderer/util/files';

describe('a downloaded document shown in a tab', () => {
  it('keeps every byte, typed by its extension so the browser shows what it can', async () => {
    const bytes = Uint8Array.from({ length: 1024 }, (_, i) => i % 256);
    const blob = typedBlob(new Blob([bytes], { type: 'application/octet-stream' }), '签署版.PDF');
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(bytes);
    expect(blob.type).toBe('application/pdf');
    expect(typedBlob(new Blob([bytes]), 'office-to-LAW.waiban').type).toBe('application/octet-stream');
  });
});
