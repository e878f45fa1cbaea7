import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { AppError } from '../../core/errors';
import type { Role } from '../../core/roles';
import type { Db } from '../db/client';
import { apiTokens, loginEvents, sessions, users } from '../db/schema';
import type { Actor } from '../lib/context';
import { verifyPassword } from './password';
import { newSecret, sha256 } from './tokens';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

type UserRow = typeof users.$inferSelect;

export function actorFromUser(u: UserRow, via: Actor['via'], sessionId?: string): Actor {
  return {
    userId: u.id,
    orgId: u.orgId,
    username: u.username,
    displayName: u.displayName,
    roles: u.roles as Role[],
    memberId: u.memberId,
    unitId: u.unitId,
    mustChangePassword: u.mustChangePassword,
    via,
    sessionId,
  };
}

export interface LoginResult {
  cookieValue: string;
  csrfToken: string;
  user: UserRow;
  expiresAt: Date;
}

/**
 * Checks a password, applying the lockout rule (5 failures → 15 minutes, RULES §12), and opens a
 * session. Every attempt is logged in login_events. A wrong username and a wrong password answer
 * the same, so usernames cannot be probed.
 */
export async function login(
  db: Db,
  input: { username: string; password: string; ip: string; userAgent: string; ttlHours: number },
): Promise<LoginResult> {
  const [user] = await db.select().from(users).where(and(eq(users.username, input.username), isNull(users.archivedAt)));
  const log = (success: boolean, reason: string) =>
    db.insert(loginEvents).values({ userId: user?.id ?? null, username: input.username.slice(0, 100), success, reason, ip: input.ip, userAgent: input.userAgent.slice(0, 300) });
  if (!user) {
    await log(false, 'unknown user');
    throw new AppError('BAD_CREDENTIALS');
  }
  if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
    await log(false, 'locked');
    throw new AppError('ACCOUNT_LOCKED');
  }
  const ok = await verifyPassword(user.passwordHash, input.password);
  if (!ok) {
    // Increment atomically on the database so parallel attempts on two instances all count.
    const [row] = await db
      .update(users)
      .set({
        failedLogins: sql`case when ${users.lockedUntil} is not null and ${users.lockedUntil} <= now() then 1 else ${users.failedLogins} + 1 end`,
      })
      .where(eq(users.id, user.id))
      .returning({ failedLogins: users.failedLogins });
    if (row.failedLogins >= MAX_FAILED_LOGINS) {
      await db.update(users).set({ lockedUntil: sql`now() + interval '${sql.raw(String(LOCK_MINUTES))} minutes'`, failedLogins: 0 }).where(eq(users.id, user.id));
      await log(false, 'bad password; locked');
      throw new AppError('ACCOUNT_LOCKED');
    }
    await log(false, 'bad password');
    throw new AppError('BAD_CREDENTIALS');
  }
  if (user.disabled) {
    await log(false, 'disabled');
    throw new AppError('ACCOUNT_DISABLED');
  }
  const cookieValue = newSecret();
  const csrfToken = newSecret();
  const expiresAt = new Date(Date.now() + input.ttlHours * 3600_000);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ failedLogins: 0, lockedUntil: null, lastLoginAt: new Date() }).where(eq(users.id, user.id));
    await tx.insert(sessions).values({ id: sha256(cookieValue), userId: user.id, csrfToken, expiresAt, ip: input.ip, userAgent: input.userAgent.slice(0, 300) });
    await tx.insert(loginEvents).values({ userId: user.id, username: user.username, success: true, ip: input.ip, userAgent: input.userAgent.slice(0, 300) });
  });
  return { cookieValue, csrfToken, user, expiresAt };
}

export interface SessionLookup {
  actor: Actor;
  csrfToken: string;
}

/** Resolves a session cookie to its actor; expired sessions, disabled and archived users resolve to nothing. */
export async function resolveSession(db: Db, cookieValue: string, ttlHours: number): Promise<SessionLookup | null> {
  const id = sha256(cookieValue);
  const rows = await db
    .select({ s: sessions, u: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, sql`now()`), eq(users.disabled, false), isNull(users.archivedAt)));
  const row = rows[0];
  if (!row) return null;
  // Sliding expiry, written at most every five minutes to keep reads cheap.
  if (Date.now() - row.s.lastSeenAt.getTime() > 5 * 60_000) {
    await db
      .update(sessions)
      .set({ lastSeenAt: new Date(), expiresAt: new Date(Date.now() + ttlHours * 3600_000) })
      .where(eq(sessions.id, id));
  }
  return { actor: actorFromUser(row.u, 'session', id), csrfToken: row.s.csrfToken };
}

export async function resolveBearer(db: Db, token: string): Promise<Actor | null> {
  const rows = await db
    .select({ t: apiTokens, u: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, sha256(token)), isNull(apiTokens.revokedAt), eq(users.disabled, false), isNull(users.archivedAt)));
  const row = rows[0];
  if (!row) return null;
  if (row.t.expiresAt && row.t.expiresAt.getTime() <= Date.now()) return null;
  if (!row.t.lastUsedAt || Date.now() - row.t.lastUsedAt.getTime() > 60_000) {
    await db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, row.t.id));
  }
  // Tokens are for scripts: a pending first-password change does not apply to them.
  return { ...actorFromUser(row.u, 'token'), mustChangePassword: false };
}

export async function endSession(db: Db, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}
