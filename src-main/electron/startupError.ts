import { AppError } from '../contract/result';

/**
 * The error box shown when the database cannot be opened. Both languages, because the user's saved
 * language lives in the very database that failed. An AppError already says what to do; anything else is
 * a defect, so its own text is appended for the report.
 */
export function startupFailureMessage(err: unknown): { title: string; content: string } {
  const title = '外办台账无法启动 · Waiban cannot start';
  if (err instanceof AppError) return { title, content: `${err.localized.zh}\n\n${err.localized.en}` };
  const detail = err instanceof Error ? err.message : String(err);
  return {
    title,
    content: `打开数据时发生意外错误，请将以下信息报告给管理员。\n\nUnexpected error while opening the data; report the text below to your administrator.\n\n${detail}`,
  };
}
