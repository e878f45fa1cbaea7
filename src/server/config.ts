import path from 'node:path';

export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  /** 'local' keeps files in DATA_DIR/files; 'database' keeps them in the shared database. */
  storage: 'local' | 'database';
  initialAdminPassword?: string;
  /** Load the demo city on first start with an empty database. */
  seedDemo: boolean;
  sessionTtlHours: number;
  cookieSecure: 'auto' | boolean;
  loginRateLimitPerMinute: number;
  maxUploadBytes: number;
  logLevel: string;
  webDist: string;
}

/** Reads the configuration from the environment; every value has a working default. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const dataDir = path.resolve(env.DATA_DIR ?? './data');
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '127.0.0.1',
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    storage: (env.STORAGE as AppConfig['storage']) ?? (env.DATABASE_URL ? 'database' : 'local'),
    initialAdminPassword: env.INITIAL_ADMIN_PASSWORD || undefined,
    seedDemo: env.SEED_DEMO !== 'false',
    sessionTtlHours: Number(env.SESSION_TTL_HOURS ?? 12),
    cookieSecure: env.COOKIE_SECURE === 'true' ? true : env.COOKIE_SECURE === 'false' ? false : 'auto',
    loginRateLimitPerMinute: Number(env.LOGIN_RATE_LIMIT ?? 30),
    maxUploadBytes: Number(env.MAX_UPLOAD_MB ?? 50) * 1024 * 1024,
    logLevel: env.LOG_LEVEL ?? 'info',
    webDist: path.resolve(env.WEB_DIST ?? './dist/web'),
  };
}
