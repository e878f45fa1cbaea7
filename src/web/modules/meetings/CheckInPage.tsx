import './meetings.css';
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Button, Spin } from 'antd';
import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { t } from '../../i18n';
import { chinaText, errorText } from './shared';
import type { Invitee } from './types';

interface CheckInResult {
  meetingId: string;
  meetingTitle: string;
  invitee: Invitee;
  alreadyCheckedIn: boolean;
}

/** Opened by the scanned QR code: signs the member in once and says so in big text. */
export function CheckInPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const sent = useRef(false);
  const check = useMutation({ mutationFn: () => api.post<CheckInResult>('/api/meetings/check-in', { token }) });
  useEffect(() => {
    if (sent.current || !token) return;
    sent.current = true;
    check.mutate();
  }, [token, check]);

  if (!token) {
    return (
      <div className="check-in-result">
        <CloseCircleFilled className="check-in-big check-in-fail" />
        <div className="check-in-big check-in-fail">{t('meetings.checkIn.failed')}</div>
        <p>{t('meetings.checkIn.noToken')}</p>
      </div>
    );
  }
  if (check.isPending || check.isIdle) {
    return (
      <div className="check-in-result">
        <Spin size="large" />
        <p>{t('meetings.checkIn.working')}</p>
      </div>
    );
  }
  if (check.isError) {
    return (
      <div className="check-in-result">
        <CloseCircleFilled className="check-in-big check-in-fail" />
        <div className="check-in-big check-in-fail">{t('meetings.checkIn.failed')}</div>
        <p>{errorText(check.error)}</p>
      </div>
    );
  }
  const r = check.data;
  return (
    <div className="check-in-result">
      <CheckCircleFilled className="check-in-big check-in-ok" style={{ fontSize: 72 }} />
      <div className="check-in-big check-in-ok">{r.alreadyCheckedIn ? t('meetings.checkIn.already') : t('meetings.checkIn.success')}</div>
      <h2>{r.meetingTitle}</h2>
      <p>
        {r.invitee.name} · {chinaText(r.invitee.checkedInAt)}
      </p>
      <Link to={`/meetings/${r.meetingId}`}>
        <Button size="large">{t('meetings.checkIn.open')}</Button>
      </Link>
    </div>
  );
}
