import { INSTITUTION_KIND_LABELS, INSTITUTION_STATUS_LABELS, type InstitutionKind, type InstitutionStatus } from '../../../core/institutions';
import type { Actor } from '../../lib/context';
import { institutionAbilities } from './policy';
import type { InstitutionRow, InstitutionVersionRow } from './queries';

export function presentInstitution(actor: Actor, r: InstitutionRow) {
  const { searchVector: _sv, ...rest } = r;
  return {
    ...rest,
    kindLabel: INSTITUTION_KIND_LABELS[r.kind as InstitutionKind] ?? r.kind,
    statusLabel: INSTITUTION_STATUS_LABELS[r.status as InstitutionStatus] ?? r.status,
    abilities: institutionAbilities(actor, r),
  };
}

/** The detail page: the rule, its current text and the version history (attachments: ownerType `institutionVersion`, ownerId = version id). */
export function presentInstitutionPage(actor: Actor, r: InstitutionRow, versions: InstitutionVersionRow[]) {
  const current = versions.find((v) => v.versionNo === r.currentVersionNo) ?? null;
  return {
    ...presentInstitution(actor, r),
    currentText: current?.bodyText ?? '',
    versions: versions.map((v) => ({ ...v, isCurrent: v.versionNo === r.currentVersionNo, attachmentOwner: { ownerType: 'institutionVersion', ownerId: v.id } })),
  };
}
