import { activityKindLabel, attendanceSummary, ACTIVITY_STATUS_LABELS, type ActivityStatus } from '../../../core/activities/kinds';
import type { Actor } from '../../lib/context';
import { activityAbilities, seesOnlyOwn } from './policy';
import type { ActivityLine, ActivityRow, ParticipantLine } from './queries';

/** The record without its search column, with Chinese labels. */
export function presentActivity(actor: Actor, a: ActivityRow, settings: Record<string, unknown>) {
  const { searchVector: _sv, ...rest } = a;
  return {
    ...rest,
    kindLabel: activityKindLabel(a.kind, settings),
    statusLabel: ACTIVITY_STATUS_LABELS[a.status as ActivityStatus] ?? a.status,
    abilities: activityAbilities(actor, a),
  };
}

export function presentActivityLine(actor: Actor, l: ActivityLine, settings: Record<string, unknown>) {
  return { ...presentActivity(actor, l.activity, settings), participantCount: l.participantCount, presentCount: l.presentCount };
}

/**
 * The activity page. A member sees the record and their own participation only (not the others'
 * names, nor the requests to the party committee).
 */
export function presentActivityPage(
  actor: Actor,
  a: ActivityRow,
  settings: Record<string, unknown>,
  participants: ParticipantLine[],
  parts: { organizerCommittee: { id: string; name: string } | null; workPlanTask: { id: string; title: string; planId: string; planTitle: string } | null; requests: unknown[] },
) {
  const own = seesOnlyOwn(actor);
  const visible = own ? participants.filter((p) => p.memberId && p.memberId === actor.memberId) : participants;
  return {
    ...presentActivity(actor, a, settings),
    ...parts,
    participants: visible,
    attendance: attendanceSummary(participants),
  };
}
