import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { AppError, type FieldIssue } from '../../../core/errors';
import { birthDateOfIdNumber, idNumberProblem, normalizeIdNumber, normalizePhone, phoneProblem } from '../../../core/idNumber';
import { toSearchText } from '../../../core/search';
import { committees, members, sectors, terms } from '../../db/schema';
import type { DbOrTx } from '../../db/client';

/** The stored search vector of a member: name, employer and post as bigrams. */
export function memberSearchVector(m: { name?: string | null; employer?: string | null; post?: string | null }) {
  return sql`to_tsvector('simple', ${toSearchText(m.name ?? '', m.employer ?? '', m.post ?? '')})`;
}

export interface PersonalFields {
  idNumber?: string;
  phone?: string;
  birthDate?: string | null;
}

/**
 * Normalizes ID number and phone and checks them: ID checksum, phone format, and the birth date
 * against the one encoded in the ID (filled from the ID when missing). Returns the problems found.
 */
export function checkPersonal<T extends PersonalFields>(input: T): { value: T; issues: FieldIssue[] } {
  const value = { ...input };
  const issues: FieldIssue[] = [];
  if (value.idNumber) {
    value.idNumber = normalizeIdNumber(value.idNumber);
    const p = idNumberProblem(value.idNumber);
    if (p) issues.push({ path: 'idNumber', message: p });
    else {
      const born = birthDateOfIdNumber(value.idNumber);
      if (value.birthDate && born && value.birthDate !== born) issues.push({ path: 'birthDate', message: `出生日期与身份证号不一致（身份证号为${born}）` });
      if (!value.birthDate && born) value.birthDate = born;
    }
  }
  if (value.phone) {
    value.phone = normalizePhone(value.phone);
    const p = phoneProblem(value.phone);
    if (p) issues.push({ path: 'phone', message: p });
  }
  return { value, issues };
}

/** Throws VALIDATION_FAILED with the issues as details. */
export function assertNoIssues(issues: FieldIssue[]): void {
  if (issues.length) throw new AppError('VALIDATION_FAILED', issues.map((i) => i.message).join('；'), issues);
}

export async function assertTermInOrg(tx: DbOrTx, orgId: string, termId: string): Promise<{ id: string; startDate: string }> {
  const [t] = await tx.select({ id: terms.id, startDate: terms.startDate }).from(terms).where(and(eq(terms.id, termId), eq(terms.orgId, orgId)));
  if (!t) throw new AppError('VALIDATION_FAILED', '所选届次不存在', [{ path: 'termId', message: '所选届次不存在' }]);
  return t;
}

export async function assertSectorInOrg(tx: DbOrTx, orgId: string, sectorId: string | null | undefined): Promise<void> {
  if (!sectorId) return;
  const [s] = await tx.select({ id: sectors.id }).from(sectors).where(and(eq(sectors.id, sectorId), eq(sectors.orgId, orgId), isNull(sectors.archivedAt)));
  if (!s) throw new AppError('VALIDATION_FAILED', '所选界别不存在', [{ path: 'sectorId', message: '所选界别不存在' }]);
}

export async function assertCommitteesInOrg(tx: DbOrTx, orgId: string, ids: string[]): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length !== ids.length) throw new AppError('VALIDATION_FAILED', '同一专委会不能重复选择');
  if (!unique.length) return;
  const found = await tx.select({ id: committees.id }).from(committees).where(and(inArray(committees.id, unique), eq(committees.orgId, orgId), isNull(committees.archivedAt)));
  if (found.length !== unique.length) throw new AppError('VALIDATION_FAILED', '所选专委会不存在', [{ path: 'committees', message: '所选专委会不存在' }]);
}

/** One person appears once per term: the same ID number on another live record is a duplicate. */
export async function assertIdNumberFree(tx: DbOrTx, orgId: string, termId: string, idNumber: string | undefined, exceptId?: string): Promise<void> {
  if (!idNumber) return;
  const where = [eq(members.orgId, orgId), eq(members.termId, termId), eq(members.idNumber, idNumber), isNull(members.archivedAt)];
  if (exceptId) where.push(ne(members.id, exceptId));
  const [dup] = await tx.select({ id: members.id }).from(members).where(and(...where)).limit(1);
  if (dup) throw new AppError('DUPLICATE', '本届已有相同身份证号的委员');
}
