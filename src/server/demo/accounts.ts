import type { Role } from '../../core/roles';

/** The password of every demo account (not the initial `admin`, which bootstrap creates). */
export const DEMO_PASSWORD = 'Demo2026!';

export type DemoOrgKey = 'city' | 'donghu' | 'qingshan';

export interface DemoAccount {
  username: string;
  org: DemoOrgKey;
  roles: readonly Role[];
  /** What the account is for, as shown in the README. */
  label: string;
  /** Linked to a demo member (the `member` role). */
  member?: boolean;
  /** Linked to a handling unit, by name. */
  unit?: string;
}

/** One account per role in the city, plus an office admin for each district org. */
export const DEMO_ACCOUNTS = [
  { username: 'bangongshi', org: 'city', roles: ['officeAdmin'], label: '市政协办公室管理员' },
  { username: 'jiguan', org: 'city', roles: ['officeStaff'], label: '市政协机关工作人员' },
  { username: 'tianwei', org: 'city', roles: ['proposalOffice'], label: '提案委员会办公室' },
  { username: 'weiyuan', org: 'city', roles: ['member'], label: '政协委员', member: true },
  { username: 'jiaoyuju', org: 'city', roles: ['unitAdmin'], label: '市教育局(承办单位管理员)', unit: '云溪市教育局' },
  { username: 'jiaoyuju_jb', org: 'city', roles: ['unitHandler'], label: '市教育局经办人', unit: '云溪市教育局' },
  { username: 'lingdao', org: 'city', roles: ['leader'], label: '领导(市政协主席)' },
  { username: 'zhaojiren', org: 'city', roles: ['roomConvener'], label: '“有事好商量”议事室召集人' },
  { username: 'shenji', org: 'city', roles: ['auditor'], label: '只读审计员' },
  { username: 'donghu', org: 'donghu', roles: ['officeAdmin'], label: '东湖区政协办公室管理员' },
  { username: 'qingshan', org: 'qingshan', roles: ['officeAdmin'], label: '青山县政协办公室管理员' },
] as const satisfies readonly DemoAccount[];

export type DemoUsername = (typeof DEMO_ACCOUNTS)[number]['username'];
