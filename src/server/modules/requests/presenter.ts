import { REQUEST_KIND_LABELS, REQUEST_OUTCOME_LABELS, REQUEST_SUBJECT_LABELS, type RequestKind, type RequestOutcome, type RequestSubject } from '../../../core/requests/kinds';
import type { Actor } from '../../lib/context';
import { requestAbilities } from './policy';
import type { RequestRow } from './queries';

export function presentRequest(actor: Actor, r: RequestRow) {
  const { searchVector: _sv, ...rest } = r;
  return {
    ...rest,
    kindLabel: REQUEST_KIND_LABELS[r.kind as RequestKind] ?? r.kind,
    subjectLabel: REQUEST_SUBJECT_LABELS[r.subject as RequestSubject] ?? r.subject,
    outcomeLabel: r.outcome ? (REQUEST_OUTCOME_LABELS[r.outcome as RequestOutcome] ?? r.outcome) : r.kind === 'request' ? '待审议' : '',
    abilities: requestAbilities(actor, r),
  };
}
