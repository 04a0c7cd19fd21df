import type { ListPreferences } from './listPreferences';
import type { DataHealth } from './health';
import type { ReminderSettings } from './reminders';

export const roles = ['office', 'department', 'review'] as const;
export type Role = (typeof roles)[number];

export interface InstallationDto {
  id: string;
  name: string;
  role: Role;
  departments: string[];
  /** Minisign key id, upper-case hex, as minisign prints it. */
  keyId: string;
  /** SHA-256 of the public key, grouped so people can read it aloud. */
  fingerprint: string;
  createdAt: string;
}

export interface AppInfo {
  version: string;
  installation: InstallationDto;
  dataDir: string;
  readOnly: boolean;
  health: DataHealth;
}

export interface Settings {
  locale: 'zh' | 'en';
  colorScheme: 'light' | 'dark' | 'auto';
  reminders: ReminderSettings;
  /** Per register: the list's columns, widths and saved filters as this installation's person left them. */
  lists: Record<string, ListPreferences>;
}
