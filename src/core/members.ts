/** Member roster vocabulary shared by the server and the web app. */
export const GENDERS = ['男', '女'] as const;
export type Gender = (typeof GENDERS)[number];

/** Role of a member on a special committee (专委会). */
export const COMMITTEE_ROLES = ['chair', 'viceChair', 'member'] as const;
export type CommitteeRole = (typeof COMMITTEE_ROLES)[number];
export const COMMITTEE_ROLE_LABELS: Record<CommitteeRole, string> = { chair: '主任', viceChair: '副主任', member: '委员' };

/** Common political affiliations (政治面貌), for the template's drop-down; free text is still accepted. */
export const POLITICAL_AFFILIATIONS = [
  '中共党员',
  '中共预备党员',
  '共青团员',
  '民革党员',
  '民盟盟员',
  '民建会员',
  '民进会员',
  '农工党党员',
  '致公党党员',
  '九三学社社员',
  '台盟盟员',
  '无党派人士',
  '群众',
] as const;

export const ROSTER_SORTS = ['default', 'name', 'birthDate', 'joinedOn', 'sector', 'updatedAt'] as const;
export type RosterSort = (typeof ROSTER_SORTS)[number];
