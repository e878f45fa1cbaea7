import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { t } from '../../i18n';
import { errorText, isConflict, meetingKeys } from './shared';

/** A write on one meeting: refreshes the meeting (and its parts) afterwards, explains conflicts. */
export function useMeetingWrite<TVars, TRes>(meetingId: string, fn: (v: TVars) => Promise<TRes>, okText?: string | ((r: TRes) => string)) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  return useMutation({
    mutationFn: fn,
    onSuccess: (r) => {
      qc.invalidateQueries({ queryKey: meetingKeys.detail(meetingId) });
      qc.invalidateQueries({ queryKey: ['meetings', 'list'] });
      qc.invalidateQueries({ queryKey: ['meetings', 'leave-to-decide'] });
      qc.invalidateQueries({ queryKey: ['meetings', 'my'] });
      if (okText) message.success(typeof okText === 'function' ? okText(r) : okText);
    },
    onError: (e) => {
      qc.invalidateQueries({ queryKey: meetingKeys.detail(meetingId) });
      message.error(isConflict(e) ? t('msg.conflict') : errorText(e));
    },
  });
}
