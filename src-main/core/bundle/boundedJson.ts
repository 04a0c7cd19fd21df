import { AppError } from '../../contract';
import { bundleRefusal } from './refusal';
import { utf8Bytes } from '../signing/encoding';

/** Keys that would reach an object's prototype if the parsed value were ever merged into another object. */
const forbiddenKeyList = ['__proto__', 'constructor', 'prototype'];
const forbiddenKeys = new Set(forbiddenKeyList);

const [backslash, quote, openBrace, openBracket, closeBrace, closeBracket] = ['\\', '"', '{', '[', '}', ']'].map((c) => c.charCodeAt(0));

/** The deepest nesting of arrays and objects, counted on the text so a deep document is refused before parsing. */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === backslash) i++;
      else if (c === quote) inString = false;
    } else if (c === quote) inString = true;
    else if (c === openBrace || c === openBracket) deepest = Math.max(deepest, ++depth);
    else if (c === closeBrace || c === closeBracket) depth--;
  }
  return deepest;
}

/**
 * The opening brackets in the text, counted up to one past `limit`, inside strings too: never fewer than its
 * nesting, and found by indexOf, so a text with few (every change line) is not walked character by character.
 */
function openersUpTo(text: string, limit: number): number {
  let n = 0;
  for (const opener of ['{', '[']) {
    for (let i = text.indexOf(opener); i !== -1 && n <= limit; i = text.indexOf(opener, i + 1)) n++;
  }
  return n;
}

/**
 * Whether the text could hold a forbidden key at all: JSON can spell a key's letters only as themselves or as
 * \u escapes, so text with neither the words nor a \u escape cannot, and is parsed without the (slow) reviver.
 */
const mayHoldForbiddenKey = (text: string): boolean => text.includes('\\u') || forbiddenKeyList.some((k) => text.includes(k));

/** JSON from a bundle: size and depth capped, prototype-reaching keys refused, before any schema sees it. */
export function parseBoundedJson(text: string, caps: { jsonBytes: number; jsonDepth: number }, what: string): unknown {
  // UTF-8 takes at most 3 bytes per UTF-16 unit: text that short cannot be over the cap, and is not encoded to count.
  const size = text.length * 3 <= caps.jsonBytes ? 0 : utf8Bytes(text).length;
  if (size > caps.jsonBytes)
    refuseWith(`${what} 有 ${size} 字节，超过上限 ${caps.jsonBytes}`, `${what} is ${size} bytes, over the cap of ${caps.jsonBytes}`);
  const depth = openersUpTo(text, caps.jsonDepth) <= caps.jsonDepth ? 0 : nestingDepth(text);
  if (depth > caps.jsonDepth)
    refuseWith(`${what} 嵌套 ${depth} 层，超过上限 ${caps.jsonDepth}`, `${what} nests ${depth} deep, over the cap of ${caps.jsonDepth}`);
  let value: unknown;
  try {
    if (!mayHoldForbiddenKey(text)) return JSON.parse(text) as unknown;
    value = JSON.parse(text, (key, v: unknown) => {
      if (forbiddenKeys.has(key)) refuseWith(`${what} 含有键“${key}”`, `${what} has the key "${key}"`);
      return v;
    });
  } catch (err) {
    if (err instanceof AppError) throw err;
    refuseWith(`${what} 不是有效的 JSON`, `${what} is not valid JSON`);
  }
  return value;
}

function refuseWith(zh: string, en: string): never {
  throw bundleRefusal(`数据包中的 JSON 不予接受：${zh}`, `JSON in the bundle refused: ${en}`);
}
