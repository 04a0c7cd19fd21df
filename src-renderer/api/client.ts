import type { ChannelInput, ChannelName, ChannelOutput, OnProgress } from '../../src-main/contract';
import { ApiError } from './errors';
import { requestKeyUnlock } from './keyUnlock';
import { pickTransport } from './transport';

const transport = pickTransport();

/**
/**
 * Calls one channel; resolves with its value or throws an ApiError carrying the error envelope. `onProgress` hears
 * how far a long call got, from channels whose handler reports it (a spreadsheet import's rows). A call that
 * needs the locked private key asks for the passphrase and runs again once (a locked key refuses before
 * anything is written, so the retry is the first attempt that does anything).
 */
export async function invoke<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
  onProgress?: OnProgress,
): Promise<ChannelOutput<C>> {
  let result = await transport(channel, input, onProgress);
  if (!result.ok && result.error.code === 'KEY_LOCKED' && (await requestKeyUnlock())) result = await transport(channel, input, onProgress);
  if (!result.ok) throw new ApiError(result.error);
  return result.value as ChannelOutput<C>;
}
