import type { Result } from '../contract';

/**
 * No channel's input nests deeper than a trip (record → members → person's values → a list) or holds more than a
 * large form's worth of values; files travel as handles. Deeper or larger input is refused before it reaches the
 * backend thread, whose structured clone would throw a RangeError on it and end the process that relays calls.
 */
export const maxInputDepth = 64;
export const maxInputNodes = 1_000_000;

/** Walks without recursion, so a hostile depth cannot overflow the stack of the walk itself. */
export function inputShapeRefusal(input: unknown): Result<never> | null {
  const stack: Array<{ value: unknown; depth: number }> = [{ value: input, depth: 0 }];
  let nodes = 0;
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (++nodes > maxInputNodes) return refusal('过多', 'too large');
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= maxInputDepth) return refusal('嵌套过深', 'nested too deeply');
    for (const child of Array.isArray(value) ? value : Object.values(value)) stack.push({ value: child, depth: depth + 1 });
  }
  return null;
}

function refusal(zh: string, en: string): Result<never> {
  return {
    ok: false,
    error: { code: 'VALIDATION', message: { zh: `请求内容${zh}，没有执行。`, en: `The request is ${en} and was not run.` } },
  };
}
