import type { AppErrorBody, ErrorCode, Localized } from '../../src-main/contract';

/** A failed channel call; carries the backend's bilingual message and per-field issues unchanged. */
export class ApiError extends Error {
  constructor(readonly body: AppErrorBody) {
    super(body.message.en);
    this.name = 'ApiError';
  }

  get code(): ErrorCode {
    return this.body.code;
  }
}

/** Failures that never reached a handler (network, missing token) still need a message in both languages. */
export const transportError = (message: Localized): ApiError => new ApiError({ code: 'INTERNAL', message });
