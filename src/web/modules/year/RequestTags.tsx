import { Tag } from 'antd';
import { enumLabel, OUTCOME_COLORS } from './shared';

/** 请示 / 报告. */
export function RequestKindTag({ kind }: { kind: string }) {
  return (
    <Tag color={kind === 'request' ? 'blue' : 'purple'} style={{ marginInlineEnd: 0 }}>
      {enumLabel('requests.kind', kind)}
    </Tag>
  );
}

/** The decision on a request (待审议 when none yet); nothing for a report. */
export function OutcomeTag({ kind, outcome }: { kind: string; outcome: string | null }) {
  if (kind !== 'request' && !outcome) return null;
  const k = outcome ?? 'pending';
  return (
    <Tag color={OUTCOME_COLORS[k] ?? 'default'} style={{ marginInlineEnd: 0 }}>
      {enumLabel('requests.outcome', k)}
    </Tag>
  );
}
