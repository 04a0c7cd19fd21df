import type { z } from 'zod';
import {
  AppError,
  channels,
  isChannelName,
  type ChannelName,
  type ChannelOutput,
  type Channels,
  type OnProgress,
  type Result,
} from '../contract';
import { damagedError, isDamage } from '../db/damage';
import type { CallFiles } from './fileHandles';
import { handlerFiles, type HandlerFiles } from './handlerFiles';

/**
 * A handler that can report how far it got takes `progress`; the transport gives it one when the caller asked. A
 * handler whose channel takes file handles finds the files behind them in `files`.
 */
export type HandlerTable = {
  [C in ChannelName]: (
    input: z.output<Channels[C]['input']>,
    progress: OnProgress | undefined,
    files: HandlerFiles,
  ) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};

/** `files`: the paths behind the call's file handles, which the transport that issued them resolved (rpc/fileHandles.ts). */
export type Dispatch = (channel: string, input: unknown, progress?: OnProgress, files?: CallFiles) => Promise<Result<unknown>>;

const fail = (code: AppError['code'], zh: string, en: string): Result<never> => ({
  ok: false,
  error: { code, message: { zh, en } },
});

/**
 * The one entry point every transport calls. Input is untrusted: it is parsed with the channel's schema
 * before a handler sees it, and every failure leaves as an error envelope with a stable code.
 */
export function createDispatch(handlers: HandlerTable, onInternalError: (err: unknown) => void = () => {}): Dispatch {
  return async (channel, input, progress, files) => {
    if (!isChannelName(channel)) return fail('UNKNOWN_CHANNEL', `未知操作：${channel}`, `Unknown operation: ${channel}`);
    const parsed = channels[channel].input.safeParse(input ?? {});
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({
        field: i.path.join('.'),
        message: { zh: `格式不正确：${i.message}`, en: i.message },
      }));
      return { ok: false, error: { code: 'VALIDATION', message: { zh: '请求格式不正确', en: 'Malformed request' }, issues } };
    }
    try {
      const handler = handlers[channel] as (i: unknown, p: OnProgress | undefined, f: HandlerFiles) => unknown;
      return { ok: true, value: await handler(parsed.data, progress, handlerFiles(files)) };
    } catch (err) {
      if (err instanceof AppError) return { ok: false, error: err.toBody() };
      // A write on a damaged database (open read-only) or a page that fails on the way, whichever service met it.
      if (isDamage(err)) return { ok: false, error: damagedError().toBody() };
      onInternalError(err);
      return fail('INTERNAL', '内部错误，请重试；如仍失败请联系管理员', 'Internal error: try again, and report it if it persists');
    }
  };
}
