import dayjs from 'dayjs';

export const formatBytes = (size: number): string => {
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KB`;
  return `${(size / (1024 * 1024)).toFixed(1)} MB`;
};

/** Timestamps are stored in UTC; people read them in local time. */
export const formatDateTime = (iso: string): string => dayjs(iso).format('YYYY-MM-DD HH:mm');

/** Enough of a SHA-256 to compare two copies by eye. */
export const shortHash = (sha256: string): string => sha256.slice(0, 12);
