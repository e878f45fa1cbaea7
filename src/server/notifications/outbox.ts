import { and, eq, inArray, sql } from 'drizzle-orm';
import { rowsOf, type Db, type DbOrTx } from '../db/client';
import { notifications, outboxMessages } from '../db/schema';

export type ChannelName = 'sms' | 'email';

/** A way to deliver one outbox message. Real gateways (SMS provider, SMTP) implement this. */
export interface Channel {
  readonly name: string;
  deliver(msg: { recipient: string; subject: string; body: string }): Promise<{ status: 'sent' | 'recorded'; info?: string }>;
}

/**
 * The default channel: it sends nothing and says so. The message stays in the outbox with status
 * `recorded`, visible to the office, until a real gateway is configured.
 */
export class RecordOnlyChannel implements Channel {
  readonly name = 'record';
  async deliver(): Promise<{ status: 'recorded' }> {
    return { status: 'recorded' };
  }
}

export interface OutgoingMessage {
  orgId: string;
  channel: ChannelName;
  recipient: string;
  subject?: string;
  body: string;
}

export interface InboxItem {
  orgId: string;
  userId: string;
  title: string;
  body?: string;
  link?: string;
  kind?: string;
}

/** Queue writes happen inside the caller's transaction; delivery runs after commit (`flush`). */
export class Outbox {
  constructor(
    private readonly db: Db,
    private readonly channels: Record<ChannelName, Channel> = { sms: new RecordOnlyChannel(), email: new RecordOnlyChannel() },
  ) {}

  async enqueue(tx: DbOrTx, msgs: OutgoingMessage[]): Promise<void> {
    if (msgs.length === 0) return;
    await tx.insert(outboxMessages).values(msgs.map((m) => ({ ...m, subject: m.subject ?? '' })));
  }

  async notify(tx: DbOrTx, items: InboxItem[]): Promise<void> {
    if (items.length === 0) return;
    await tx.insert(notifications).values(items.map((i) => ({ ...i, body: i.body ?? '', link: i.link ?? '', kind: i.kind ?? 'info' })));
  }

  /** Delivers pending messages; safe to run on several instances (rows are claimed with SKIP LOCKED). */
  async flush(limit = 100): Promise<number> {
    let done = 0;
    await this.db.transaction(async (tx) => {
      const claimed = await tx.execute(sql`select id from ${outboxMessages} where ${outboxMessages.status} = 'pending' order by ${outboxMessages.createdAt} limit ${limit} for update skip locked`);
      const ids = rowsOf<{ id: string }>(claimed).map((r) => r.id);
      if (ids.length === 0) return;
      const rows = await tx.select().from(outboxMessages).where(inArray(outboxMessages.id, ids));
      for (const m of rows) {
        const channel = this.channels[m.channel as ChannelName];
        try {
          const res = await channel.deliver({ recipient: m.recipient, subject: m.subject, body: m.body });
          await tx
            .update(outboxMessages)
            .set({ status: res.status, attempts: m.attempts + 1, deliveredBy: channel.name, sentAt: res.status === 'sent' ? new Date() : null, lastError: '' })
            .where(and(eq(outboxMessages.id, m.id)));
        } catch (e) {
          await tx
            .update(outboxMessages)
            .set({ status: m.attempts + 1 >= 5 ? 'failed' : 'pending', attempts: m.attempts + 1, lastError: String((e as Error).message).slice(0, 500) })
            .where(eq(outboxMessages.id, m.id));
        }
        done++;
      }
    });
    return done;
  }
}
