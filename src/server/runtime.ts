import path from 'node:path';
import type { AppConfig } from './config';
import type { Database } from './db/client';
import type { AppDeps } from './deps';
import { Outbox } from './notifications/outbox';
import { DatabaseStorage, LocalFolderStorage, type FileStorage } from './storage/storage';

/** Wires the runtime dependencies from the configuration. */
export function createDeps(config: AppConfig, db: Database): AppDeps {
  const storage: FileStorage = config.storage === 'database' ? new DatabaseStorage(db.db) : new LocalFolderStorage(path.join(config.dataDir, 'files'));
  return { config, db, storage, outbox: new Outbox(db.db) };
}
