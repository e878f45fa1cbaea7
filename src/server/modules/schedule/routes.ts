import { and, asc, eq, exists, gte, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { activityKindLabel } from '../../../core/activities/kinds';
import { AppError } from '../../../core/errors';
import { kindInfo, meetingNumberLabel, MEETING_STATUS_LABELS, type MeetingStatus } from '../../../core/meetings';
import { hasAnyRole, ORG_READER_ROLES } from '../../../core/roles';
import { chinaDay, periodInstants } from '../../../core/time';
import { activities, activityParticipants, meetings } from '../../db/schema';
import type { AppDeps } from '../../deps';
import { ctxOf, type Actor } from '../../lib/context';
import { meetingSettings, termNumbers, visibleMeetings } from '../meetings/queries';
import { orgSettings } from '../activities/queries';

const tags = ['schedule'];
const isoDate = z.iso.date();
/** The longest range one call may ask for (a month view with its edge weeks fits easily). */
const MAX_DAYS = 100;

export interface ScheduleEntry {
  type: 'meeting' | 'activity';
  id: string;
  title: string;
  kind: string;
  kindLabel: string;
  status: string;
  statusLabel: string;
  /** Meetings: instants. */
  startsAt: string | null;
  endsAt: string | null;
  /** China days covered (activities: startsOn–endsOn; meetings: the start day). */
  startDay: string;
  endDay: string;
  place: string;
  link: string;
}

/** Activities the actor sees: readers the whole org; anyone else only those they take part in. */
function activityScope(actor: Actor): SQL {
  const own = eq(activities.orgId, actor.orgId);
  if (hasAnyRole(actor.roles, ORG_READER_ROLES)) return own;
  const who = or(actor.memberId ? eq(activityParticipants.memberId, actor.memberId) : undefined, eq(activityParticipants.userId, actor.userId));
  return and(own, exists(sql`(select 1 from ${activityParticipants} where ${activityParticipants.activityId} = ${activities.id} and (${who}))`)) as SQL;
}

const ACTIVITY_STATUS_LABELS: Record<string, string> = { planned: '计划', held: '已开展', cancelled: '已取消' };

/** 日程: meetings and activities of a period in one list, each scoped as its own area scopes it. */
export async function scheduleRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.db.db;

  r.get(
    '/api/schedule',
    { schema: { tags, summary: '日程（会议与活动）', querystring: z.strictObject({ from: isoDate, to: isoDate }) } },
    async (req) => {
      const actor = ctxOf(req).actor;
      const { from, to } = req.query;
      if (to < from) throw new AppError('VALIDATION_FAILED', '结束日期不能早于开始日期');
      const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
      if (days > MAX_DAYS) throw new AppError('VALIDATION_FAILED', `一次最多查询${MAX_DAYS}天`);
      const { start, end } = periodInstants({ from, to });

      const [meetingRows, activityRows, mSettings, aSettings] = await Promise.all([
        db
          .select()
          .from(meetings)
          .where(and(visibleMeetings(actor), isNull(meetings.archivedAt), gte(meetings.startsAt, start), lt(meetings.startsAt, end)))
          .orderBy(asc(meetings.startsAt)),
        db
          .select()
          .from(activities)
          .where(and(activityScope(actor), isNull(activities.archivedAt), gte(sql`coalesce(${activities.endsOn}, ${activities.startsOn})`, from), lte(activities.startsOn, to)))
          .orderBy(asc(activities.startsOn), asc(activities.title)),
        meetingSettings(db, actor.orgId),
        orgSettings(db, actor.orgId),
      ]);
      const tn = await termNumbers(db, meetingRows.map((m) => m.termId));

      const items: ScheduleEntry[] = [
        ...meetingRows.map((m): ScheduleEntry => {
          const numberLabel = meetingNumberLabel(m.kind, tn.get(m.termId), m.number);
          return {
            type: 'meeting',
            id: m.id,
            title: numberLabel && !m.title.includes(numberLabel) ? `${numberLabel} ${m.title}` : m.title,
            kind: m.kind,
            kindLabel: kindInfo(m.kind, mSettings.meetingKinds)?.label ?? m.kind,
            status: m.status,
            statusLabel: MEETING_STATUS_LABELS[m.status as MeetingStatus] ?? m.status,
            startsAt: m.startsAt.toISOString(),
            endsAt: m.endsAt ? m.endsAt.toISOString() : null,
            startDay: chinaDay(m.startsAt),
            endDay: chinaDay(m.endsAt && m.endsAt > m.startsAt ? m.endsAt : m.startsAt),
            place: m.venue,
            link: `/meetings/${m.id}`,
          };
        }),
        ...activityRows.map(
          (a): ScheduleEntry => ({
            type: 'activity',
            id: a.id,
            title: a.title,
            kind: a.kind,
            kindLabel: activityKindLabel(a.kind, aSettings),
            status: a.status,
            statusLabel: ACTIVITY_STATUS_LABELS[a.status] ?? a.status,
            startsAt: null,
            endsAt: null,
            startDay: a.startsOn,
            endDay: a.endsOn ?? a.startsOn,
            place: a.place,
            link: `/activities/${a.id}`,
          }),
        ),
      ].sort((x, y) => x.startDay.localeCompare(y.startDay) || (x.startsAt ?? '').localeCompare(y.startsAt ?? '') || x.title.localeCompare(y.title, 'zh-CN'));

      return { from, to, items, total: items.length };
    },
  );
}
