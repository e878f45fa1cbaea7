import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { fileBlobs } from '../db/schema';

/**
 * One interface for file bodies (decision 0004). The metadata and the access check live in the
 * attachments table; the storage only keeps bytes by key.
 */
export interface FileStorage {
  readonly kind: string;
  put(key: string, data: Buffer): Promise<void>;
  get(key: string): Promise<Buffer | null>;
  remove(key: string): Promise<void>;
}

/** A folder in DATA_DIR: the embedded, single-instance setup. */
export class LocalFolderStorage implements FileStorage {
  readonly kind = 'local';
  constructor(private readonly root: string) {}

  private file(key: string): string {
    if (!/^[A-Za-z0-9/_-]+$/.test(key) || key.includes('..')) throw new Error('bad storage key');
    return path.join(this.root, key);
  }
  async put(key: string, data: Buffer): Promise<void> {
    const f = this.file(key);
    await mkdir(path.dirname(f), { recursive: true });
    await writeFile(f, data);
  }
  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.file(key));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }
  async remove(key: string): Promise<void> {
    await rm(this.file(key), { force: true });
  }
}

/** Bytes in the shared database, so every app instance serves every file. */
export class DatabaseStorage implements FileStorage {
  readonly kind = 'database';
  constructor(private readonly db: Db) {}
  async put(key: string, data: Buffer): Promise<void> {
    await this.db.insert(fileBlobs).values({ key, data }).onConflictDoUpdate({ target: fileBlobs.key, set: { data } });
  }
  async get(key: string): Promise<Buffer | null> {
    const [row] = await this.db.select().from(fileBlobs).where(eq(fileBlobs.key, key));
    return row ? row.data : null;
  }
  async remove(key: string): Promise<void> {
    await this.db.delete(fileBlobs).where(eq(fileBlobs.key, key));
  }
}
