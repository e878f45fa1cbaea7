import { sql } from 'drizzle-orm';
import { rowsOf, type DbOrTx } from '../db/client';

/** One column as the backup sees it: values travel as their PostgreSQL text form. */
export interface ColumnInfo {
  name: string;
  /** `format_type` output, used to cast the text back (`(r->>3)::timestamp with time zone`). */
  type: string;
  /** 'a' / 'd' for identity columns, '' otherwise. */
  identity: string;
  /** The sequence behind an identity or serial column, reset after a restore. */
  sequence: string | null;
}

export interface TableInfo {
  name: string;
  columns: ColumnInfo[];
  hasBinary: boolean;
}

export interface ForeignKey {
  name: string;
  table: string;
  refTable: string;
  definition: string;
}

/** Quotes an SQL identifier. */
export function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Quotes an SQL string literal. */
export function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

async function rows<T>(db: DbOrTx, text: string): Promise<T[]> {
  return rowsOf<T>(await db.execute(sql.raw(text)));
}

/**
 * The application tables: every ordinary table of the `public` schema. Drizzle's migration
 * journal lives in the `drizzle` schema and is not data: the target keeps its own.
 */
export async function readTables(db: DbOrTx): Promise<TableInfo[]> {
  const tables = await rows<{ name: string }>(
    db,
    `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition order by c.relname`,
  );
  const out: TableInfo[] = [];
  for (const t of tables) {
    const cols = await rows<{ name: string; type: string; identity: string; generated: string; def: string | null }>(
      db,
      `select a.attname as name, format_type(a.atttypid, a.atttypmod) as type, a.attidentity::text as identity,
              a.attgenerated::text as generated, pg_get_expr(d.adbin, d.adrelid) as def
       from pg_attribute a left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
       where a.attrelid = ${literal(`public.${ident(t.name)}`)}::regclass and a.attnum > 0 and not a.attisdropped
       order by a.attnum`,
    );
    const columns: ColumnInfo[] = [];
    for (const c of cols) {
      if (c.generated && c.generated !== '\u0000' && c.generated.trim() !== '') continue; // computed, not stored data
      let sequence: string | null = null;
      if ((c.identity && c.identity.trim() !== '' && c.identity !== '\u0000') || c.def?.startsWith('nextval(')) {
        const [s] = await rows<{ seq: string | null }>(db, `select pg_get_serial_sequence(${literal(`public.${ident(t.name)}`)}, ${literal(c.name)}) as seq`);
        sequence = s?.seq ?? null;
      }
      const identity = c.identity && c.identity !== '\u0000' ? c.identity.trim() : '';
      columns.push({ name: c.name, type: c.type, identity, sequence });
    }
    out.push({ name: t.name, columns, hasBinary: columns.some((c) => c.type === 'bytea') });
  }
  return out;
}

export async function readForeignKeys(db: DbOrTx): Promise<ForeignKey[]> {
  return rows<ForeignKey>(
    db,
    `select con.conname as name, cl.relname as "table", ref.relname as "refTable", pg_get_constraintdef(con.oid) as definition
     from pg_constraint con
       join pg_class cl on cl.oid = con.conrelid
       join pg_class ref on ref.oid = con.confrelid
       join pg_namespace n on n.oid = cl.relnamespace
     where con.contype = 'f' and n.nspname = 'public'
     order by cl.relname, con.conname`,
  );
}

/**
 * Tables in foreign-key order (referenced tables first). Self-references and cycles cannot be
 * ordered by table: those constraints are returned in `deferred`, to be dropped for the load
 * and re-created (and so re-checked) at its end.
 */
export function loadOrder(tables: string[], fks: ForeignKey[]): { order: string[]; deferred: ForeignKey[] } {
  const known = new Set(tables);
  const deps = new Map<string, Set<string>>(tables.map((t) => [t, new Set<string>()]));
  for (const fk of fks) if (fk.table !== fk.refTable && known.has(fk.refTable) && known.has(fk.table)) deps.get(fk.table)!.add(fk.refTable);
  const order: string[] = [];
  const done = new Set<string>();
  let progress = true;
  while (progress && order.length < tables.length) {
    progress = false;
    for (const t of tables) {
      if (done.has(t)) continue;
      if ([...deps.get(t)!].every((d) => done.has(d))) {
        order.push(t);
        done.add(t);
        progress = true;
      }
    }
  }
  const cyclic = tables.filter((t) => !done.has(t));
  order.push(...cyclic);
  const inCycle = new Set(cyclic);
  const deferred = fks.filter((fk) => fk.table === fk.refTable || (inCycle.has(fk.table) && inCycle.has(fk.refTable)));
  return { order, deferred };
}

/** Session settings that make every value's text form exact and the same on both engines. */
export const STABLE_TEXT_SETTINGS = [
  `SET LOCAL TimeZone = 'UTC'`,
  `SET LOCAL DateStyle = 'ISO, YMD'`,
  `SET LOCAL IntervalStyle = 'postgres'`,
  `SET LOCAL extra_float_digits = 3`,
  `SET LOCAL bytea_output = 'hex'`,
];

/** Migrations applied (drizzle journal), to refuse a backup from a newer schema. */
export async function readMigrationState(db: DbOrTx): Promise<{ count: number; last: number }> {
  const [exists] = await rows<{ ok: boolean }>(db, `select to_regclass('drizzle.__drizzle_migrations') is not null as ok`);
  if (!exists?.ok) return { count: 0, last: 0 };
  const [r] = await rows<{ count: string | number; last: string | number | null }>(db, `select count(*) as count, max(created_at) as last from drizzle.__drizzle_migrations`);
  return { count: Number(r.count), last: Number(r.last ?? 0) };
}
