import { DatePicker, Input } from 'antd';
import dayjs from 'dayjs';
import { t } from '../../i18n';

interface Props {
  from?: string;
  to?: string;
  onChange(from: string | undefined, to: string | undefined): void;
  mobile: boolean;
  fromLabel?: string;
  toLabel?: string;
}

/** A date range filter: a range picker on desktop, two native date inputs on phones (the picker's two panels do not fit 375 px). */
export function DateRangeFilter({ from, to, onChange, mobile, fromLabel = t('year.dateFrom'), toLabel = t('year.dateTo') }: Props) {
  if (mobile)
    return (
      <>
        <Input type="date" aria-label={fromLabel} title={fromLabel} value={from ?? ''} onChange={(e) => onChange(e.target.value || undefined, to)} />
        <Input type="date" aria-label={toLabel} title={toLabel} value={to ?? ''} onChange={(e) => onChange(from, e.target.value || undefined)} />
      </>
    );
  return (
    <DatePicker.RangePicker
      allowEmpty={[true, true]}
      placeholder={[fromLabel, toLabel]}
      value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
      onChange={(v) => onChange(v?.[0]?.format('YYYY-MM-DD'), v?.[1]?.format('YYYY-MM-DD'))}
      style={{ width: 260 }}
    />
  );
}
