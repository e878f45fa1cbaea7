export { backupDatabase, type BackupOptions } from './dump';
export { restoreDatabase, BackupFormatError, type RestoreOptions, type RestoreSummary } from './restore';
export type { BackupSummary } from './format';
