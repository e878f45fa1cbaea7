import { MEMBER_STATUS_LABELS, type MemberStatus } from '../../../core/membership';
import { COMMITTEE_ROLE_LABELS, type CommitteeRole } from '../../../core/members';
import type { XlsxColumn } from '../../export/xlsx';
import type { presentRosterItem } from './presenter';

type Item = ReturnType<typeof presentRosterItem>;

const seat = (c: { name: string; role: string }) => (c.role === 'member' ? c.name : `${c.name}（${COMMITTEE_ROLE_LABELS[c.role as CommitteeRole] ?? c.role}）`);

/** Columns of the roster export (same Chinese headers as the import template where they overlap). */
export const ROSTER_EXPORT_COLUMNS: XlsxColumn<Item>[] = [
  { header: '姓名', value: (m) => m.name, width: 12 },
  { header: '性别', value: (m) => m.gender, width: 8 },
  { header: '民族', value: (m) => m.ethnicity, width: 10 },
  { header: '出生日期', value: (m) => m.birthDate, width: 12 },
  { header: '政治面貌', value: (m) => m.politicalAffiliation, width: 14 },
  { header: '界别', value: (m) => m.sectorName, width: 16 },
  { header: '专委会', value: (m) => m.committees.map(seat).join('、'), width: 30 },
  { header: '是否常委', value: (m) => (m.isStandingMember ? '是' : '否'), width: 10 },
  { header: '工作单位', value: (m) => m.employer, width: 30 },
  { header: '职务', value: (m) => m.post, width: 24 },
  { header: '手机号码', value: (m) => m.phone, width: 15, text: true },
  { header: '身份证号', value: (m) => m.idNumber, width: 22, text: true },
  { header: '学历', value: (m) => m.education, width: 10 },
  { header: '电子邮箱', value: (m) => m.email, width: 24 },
  { header: '通讯地址', value: (m) => m.address, width: 30 },
  { header: '状态', value: (m) => MEMBER_STATUS_LABELS[m.status as MemberStatus] ?? m.status, width: 10 },
  { header: '任职日期', value: (m) => m.joinedOn, width: 12 },
  { header: '离任日期', value: (m) => m.leftOn, width: 12 },
  { header: '备注', value: (m) => m.notes, width: 30 },
];
