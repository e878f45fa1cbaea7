import { auditEvents } from '../db/schema';
import type { DbOrTx } from '../db/client';
import type { Ctx } from '../lib/context';

export interface AuditInput {
  action: string;
  targetType: string;
  targetId?: string | null;
  targetLabel?: string;
  changes?: Record<string, unknown> | null;
  orgId?: string | null;
}

/** Writes one audit row inside the caller's transaction, so a write and its trace commit together. */
export async function audit(tx: DbOrTx, ctx: Ctx | null, input: AuditInput): Promise<void> {
  await tx.insert(auditEvents).values({
    orgId: input.orgId ?? ctx?.actor.orgId ?? null,
    actorId: ctx?.actor.userId ?? null,
    actorName: ctx?.actor.displayName ?? '系统',
    action: input.action,
    targetType: input.targetType,
    targetId: input.targetId ?? null,
    targetLabel: input.targetLabel ?? '',
    changes: input.changes ?? null,
    ip: ctx?.ip ?? '',
    requestId: ctx?.requestId ?? '',
  });
}

const SENSITIVE = new Set(['passwordHash', 'idNumber', 'password', 'tokenHash', 'searchVector']);

/** Field-by-field diff of two plain records for the audit row; sensitive values are never copied. */
export function diff(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, { from: unknown; to: unknown }> {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(after)) {
    if (key === 'updatedAt' || key === 'version') continue;
    const a = before[key];
    const b = after[key];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    out[key] = SENSITIVE.has(key) ? { from: '***', to: '***' } : { from: a ?? null, to: b ?? null };
  }
  return out;
}

/** A snapshot of a created record for the audit row, without sensitive values. */
export function snapshot(rec: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(rec)) {
    if (k === 'searchVector' || k === 'createdAt' || k === 'updatedAt') continue;
    out[k] = SENSITIVE.has(k) ? '***' : v;
  }
  return out;
}
