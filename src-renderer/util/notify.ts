import { notifications } from '@mantine/notifications';
import { pick } from '../../src-main/contract/localized';
import { ApiError } from '../api/errors';
import { i18n } from '../i18n';

const currentLocale = () => (i18n.language === 'en' ? 'en' : 'zh');

/** The message to show for any failure, in the current language; the backend's text says what to do. */
export const errorMessage = (err: unknown): string =>
  err instanceof ApiError ? pick(err.body.message, currentLocale()) : i18n.t('error.generic');

/** A red notification that stays long enough to read what to do; `title` defaults to a plain "went wrong". */
export function notifyError(err: unknown, title: string = i18n.t('error.title')): void {
  if (!(err instanceof ApiError)) console.error(err);
  notifications.show({ color: 'red', title, message: errorMessage(err), autoClose: 10_000 });
}

export function notifySuccess(title: string, message?: string): void {
  notifications.show({ color: 'green', title, message: message ?? '', autoClose: 3000 });
}
