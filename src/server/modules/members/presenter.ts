import { maskIdNumber, maskPhone } from '../../../core/idNumber';
import type { members } from '../../db/schema';
import type { Actor } from '../../lib/context';
import type { MemberCommendation } from '../commendations/queries';
import { canSeeSensitive, memberAbilities } from './policy';

export type MemberRow = typeof members.$inferSelect;

export interface CommitteeSeat {
  committeeId: string;
  name: string;
  role: string;
}

/** The profile without the search column, ID number and phone masked unless the caller may see them. */
export function presentProfile(actor: Actor, m: MemberRow) {
  const { searchVector: _sv, ...rest } = m;
  const full = canSeeSensitive(actor, m.id);
  return {
    ...rest,
    idNumber: full ? m.idNumber : maskIdNumber(m.idNumber),
    phone: full ? m.phone : maskPhone(m.phone),
    sensitiveMasked: !full,
  };
}

/** One roster line. */
export function presentRosterItem(actor: Actor, m: MemberRow, extra: { sectorName: string | null; committees: CommitteeSeat[] }) {
  return { ...presentProfile(actor, m), sectorName: extra.sectorName, committees: extra.committees, abilities: memberAbilities(actor, m) };
}

export interface MemberPageParts {
  sectorName: string | null;
  termName: string | null;
  committees: CommitteeSeat[];
  groups: Array<{ groupId: string; name: string; kind: string; role: string }>;
  history: Array<Record<string, unknown>>;
  /** Awards (表彰) of the member, newest first; empty for callers who may not see them. */
  commendations: MemberCommendation[];
}

/** The member page: profile, committees with role, groups, membership history, abilities. */
export function presentMemberPage(actor: Actor, m: MemberRow, parts: MemberPageParts) {
  return { ...presentProfile(actor, m), ...parts, abilities: memberAbilities(actor, m) };
}

/** Audit changes with ID number and phone never copied. */
export function maskAuditChanges<T extends Record<string, unknown>>(changes: T): T {
  const out: Record<string, unknown> = { ...changes };
  delete out.searchVector;
  for (const k of ['idNumber', 'phone'] as const) {
    if (!(k in out)) continue;
    const v = out[k];
    out[k] = v && typeof v === 'object' && 'from' in (v as object) ? { from: '***', to: '***' } : '***';
  }
  return out as T;
}
