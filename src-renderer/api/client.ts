import type { ChannelInput, ChannelName, ChannelOutput } from '../../src-main/contract';
import { ApiError } from './errors';
import { pickTransport } from './transport';

const transport = pickTransport();

/** Calls one channel; resolves with its value or throws an ApiError carrying the error envelope. */
export async function invoke<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await transport(channel, input);
  if (!result.ok) throw new ApiError(result.error);
  return result.value as ChannelOutput<C>;
}
