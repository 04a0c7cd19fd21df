import type { ChannelInput, ChannelName, ChannelOutput } from '../../src-main/contract';
import { ApiError } from './errors';
import { requestKeyUnlock } from './keyUnlock';
import { pickTransport } from './transport';

const transport = pickTransport();

/**
 * Calls one channel; resolves with its value or throws an ApiError carrying the error envelope. A call that
 * needs the locked private key asks for the passphrase and runs again once (a locked key refuses before
 * anything is written, so the retry is the first attempt that does anything).
 */
export async function invoke<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  let result = await transport(channel, input);
  if (!result.ok && result.error.code === 'KEY_LOCKED' && (await requestKeyUnlock())) result = await transport(channel, input);
  if (!result.ok) throw new ApiError(result.error);
  return result.value as ChannelOutput<C>;
}
