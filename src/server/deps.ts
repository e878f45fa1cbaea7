import type { FastifyBaseLogger } from 'fastify';
import type { AppConfig } from './config';
import type { Database } from './db/client';
import type { FileStorage } from './storage/storage';
import type { Outbox } from './notifications/outbox';

/** Everything a module needs from the outside world, passed explicitly (no globals). */
export interface AppDeps {
  config: AppConfig;
  db: Database;
  storage: FileStorage;
  outbox: Outbox;
  log?: FastifyBaseLogger;
}
