import { sql } from 'drizzle-orm';
import { rowsOf, type DbOrTx } from '../../db/client';

/** The org and every org below it (the "全市政协系统" of a city), by recursive query. */
export async function orgSubtreeIds(db: DbOrTx, rootId: string): Promise<string[]> {
  const res = await db.execute(sql`
    with recursive t(id) as (select id from orgs where id = ${rootId}
      union all select o.id from orgs o join t on o.parent_id = t.id)
    select id from t`);
  return rowsOf<{ id: string }>(res).map((r) => r.id);
}
