import { Alert, Button } from 'antd';
import { useEffect, useState } from 'react';
import { firstItemNotStudy } from '../../../core/meetings';
import { api } from '../../api/client';
import { t } from '../../i18n';
import { AgendaEditor, cleanAgenda } from './AgendaEditor';
import type { AgendaItem, MeetingDetail } from './types';
import { useMeetingWrite } from './useMeetingAction';

/** 议程: the agenda editor (read-only for those who may not edit). */
export function AgendaTab({ meeting: m }: { meeting: MeetingDetail }) {
  const [items, setItems] = useState<AgendaItem[]>(m.agenda);
  useEffect(() => setItems(m.agenda), [m.agenda]);
  const save = useMeetingWrite(m.id, () => api.put(`/api/meetings/${m.id}/agenda`, { version: m.version, items: cleanAgenda(items) }), t('msg.saved'));
  const flagged = firstItemNotStudy(m.kind, cleanAgenda(items));
  return (
    <div style={{ maxWidth: 900 }}>
      {flagged && <Alert type="warning" showIcon title={t('meetings.noStudyHint')} style={{ marginBottom: 12 }} />}
      <AgendaEditor value={items} onChange={setItems} disabled={!m.abilities.editAgenda} />
      {m.abilities.editAgenda && (
        <Button type="primary" style={{ marginTop: 12 }} loading={save.isPending} onClick={() => save.mutate(undefined)}>
          {t('meetings.agenda.save')}
        </Button>
      )}
    </div>
  );
}
