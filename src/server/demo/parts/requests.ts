import { and, eq, sql } from 'drizzle-orm';
import { REQUEST_KIND_LABELS, REQUEST_SUBJECT_LABELS, type RequestKind, type RequestSubject } from '../../../core/requests/kinds';
import { toSearchText } from '../../../core/search';
import { activities, partyRequests, requestLinks } from '../../db/schema';
import { majorMeetings } from '../../modules/requests/meeting-refs';
import type { DemoContext, DemoPart } from '../context';

interface Spec {
  subject: RequestSubject;
  kind: RequestKind;
  title: string;
  sentOn: string;
  addressee: string;
  decisionOn?: string;
  outcome?: 'approved' | 'approvedWithChanges';
  documentNo?: string;
  meetingIds?: string[];
  activityIds?: string[];
}

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * 请示报告 of the city, first half of 2023: the four items the seed says went to 市委常委会 and were
 * approved (党组工作要点, 年度协商计划, 常委会工作报告, 全会筹备情况), and a request before / report
 * after for the plenary, the standing committee meetings and the major activities — except the
 * last standing committee meeting and the contest, still waiting for their report after, so the
 * compliance view has something to show.
 */
export const requestsPart: DemoPart = {
  name: 'requests',
  async run(ctx: DemoContext) {
    const rng = ctx.random('requests/city');
    const city = ctx.orgs.city;
    const meetings = await majorMeetings(ctx.tx, city.id, '2023-01-01', '2023-06-30', ['plenary', 'standingCommittee']);
    const plenary = meetings.filter((m) => m.kind === 'plenary');
    const standing = meetings.filter((m) => m.kind === 'standingCommittee');
    const major = await ctx.tx
      .select({ id: activities.id, title: activities.title, startsOn: activities.startsOn, endsOn: activities.endsOn, kind: activities.kind })
      .from(activities)
      .where(and(eq(activities.orgId, city.id), eq(activities.isMajor, true)));
    let docNo = 1;
    const no = () => `云政协党组〔2023〕${docNo++}号`;
    const specs: Spec[] = [
      { subject: 'standingCommitteeWorkReport', kind: 'request', title: '关于审议市政协常委会工作报告的请示', sentOn: '2023-01-03', addressee: '市委常委会', decisionOn: '2023-01-06', outcome: 'approved', documentNo: no() },
      {
        subject: 'plenaryPreparation',
        kind: 'request',
        title: '关于市政协六届二次会议筹备情况的请示',
        sentOn: '2023-01-03',
        addressee: '市委常委会',
        decisionOn: '2023-01-06',
        outcome: 'approved',
        documentNo: no(),
        meetingIds: plenary.map((m) => m.id),
      },
      { subject: 'partyGroupWorkPriorities', kind: 'request', title: '关于市政协党组2023年工作要点的请示', sentOn: '2023-02-03', addressee: '市委常委会', decisionOn: '2023-02-14', outcome: 'approved', documentNo: no() },
      { subject: 'consultationPlan', kind: 'request', title: '关于市政协2023年度协商工作计划的请示', sentOn: '2023-02-20', addressee: '市委常委会', decisionOn: '2023-03-03', outcome: 'approved', documentNo: no() },
    ];
    for (const m of plenary)
      specs.push({ subject: 'plenaryPreparation', kind: 'report', title: `关于${m.title}召开情况的报告`, sentOn: addDays(m.endsOn ?? m.startsOn, rng.int(3, 8)), addressee: '市委', documentNo: no(), meetingIds: [m.id] });
    standing.forEach((m, i) => {
      specs.push({ subject: 'majorMeeting', kind: 'request', title: `关于召开${m.title}的请示`, sentOn: addDays(m.startsOn, -rng.int(7, 12)), addressee: '市委', decisionOn: addDays(m.startsOn, -rng.int(2, 5)), outcome: 'approved', documentNo: no(), meetingIds: [m.id] });
      if (i < standing.length - 1)
        specs.push({ subject: 'majorMeeting', kind: 'report', title: `关于${m.title}召开情况的报告`, sentOn: addDays(m.endsOn ?? m.startsOn, rng.int(2, 6)), addressee: '市委', documentNo: no(), meetingIds: [m.id] });
    });
    for (const a of major) {
      specs.push({ subject: 'majorActivity', kind: 'request', title: `关于举办${a.title}的请示`, sentOn: addDays(a.startsOn, -rng.int(8, 14)), addressee: '市委', decisionOn: addDays(a.startsOn, -rng.int(2, 5)), outcome: 'approved', documentNo: no(), activityIds: [a.id] });
      if (a.kind === 'training')
        specs.push({ subject: 'majorActivity', kind: 'report', title: `关于${a.title}举办情况的报告`, sentOn: addDays(a.endsOn ?? a.startsOn, rng.int(3, 7)), addressee: '市委', documentNo: no(), activityIds: [a.id] });
    }

    const rows = [];
    const links = [];
    for (const s of specs) {
      const id = rng.uuid();
      rows.push({
        id,
        orgId: city.id,
        subject: s.subject,
        kind: s.kind,
        title: s.title,
        sentOn: s.sentOn,
        addressee: s.addressee,
        decisionOn: s.decisionOn ?? null,
        outcome: s.outcome ?? null,
        documentNo: s.documentNo ?? '',
        searchVector: sql`to_tsvector('simple', ${toSearchText(s.title, REQUEST_SUBJECT_LABELS[s.subject], REQUEST_KIND_LABELS[s.kind], s.addressee, s.documentNo)})` as unknown as string,
      });
      for (const meetingId of s.meetingIds ?? []) links.push({ orgId: city.id, requestId: id, meetingId, activityId: null });
      for (const activityId of s.activityIds ?? []) links.push({ orgId: city.id, requestId: id, meetingId: null, activityId });
    }
    await ctx.insertMany(partyRequests, rows);
    await ctx.insertMany(requestLinks, links);
  },
};
