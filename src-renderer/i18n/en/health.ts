import type { healthZh } from '../zh/health';

export const healthEn: typeof healthZh = {
  health: {
    damagedTitle: 'The database is damaged and open read-only',
    damaged:
      "SQLite's check on opening found damaged pages in the database. To keep the damage from spreading nothing is written to it: you can still view and export, but saving, importing and the like are refused. Save a copy first (for whoever will look at it), then rebuild from the change log; or restore the latest backup under Backup and restore.",
    report: "SQLite's report:",
    saveCopy: 'Save a copy',
    saved: 'Copy saved: {{name}}',
    rebuild: 'Rebuild from the change log…',
    rebuildTitle: 'Rebuild the database from the change log',
    rebuildBody:
      'A new database is made: the tables of the damaged one that can still be read are copied (this installation, the trust roster, sync records, settings, the change log…), then the change log is replayed to rebuild every register, its search index and links. A backup is tried first; the damaged file is renamed and kept in the data folder, never deleted. What is lost from the change log itself cannot be recovered.',
    rebuildConfirm: 'Rebuild',
    cancel: 'Cancel',
    rebuilding: 'Rebuilding ({{percent}}%)…',
    rebuilt: 'Rebuilt: {{changes}} changes replayed. The damaged file is kept as {{keptAs}}. Reopening…',
    backupFailed: 'No backup could be taken first:',
    unreadable: 'Rows that could not be read were left out of: {{tables}}',
    permissionsTitle: 'Other accounts on this computer can read the data folder',
  },
};
