import { describe, expect, it } from 'vitest';
import { inputShapeRefusal, maxInputDepth, maxInputNodes } from '../../../src-main/rpc/inputShape';

const nested = (depth: number): unknown => {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { next: value };
  return value;
};

describe('the shape a call may have', () => {
  it('lets a call as deep as the limit through and refuses one level more', () => {
    expect(inputShapeRefusal(nested(maxInputDepth))).toBeNull();
    expect(inputShapeRefusal(nested(maxInputDepth + 1))).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('refuses a flat input with more values than any form holds', () => {
    expect(inputShapeRefusal({ values: new Array(maxInputNodes - 2).fill(1) })).toBeNull();
    expect(inputShapeRefusal({ values: new Array(maxInputNodes).fill(1) })).toMatchObject({
      error: { message: { en: expect.stringContaining('too large') } },
    });
  });
});
