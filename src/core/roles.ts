/**
 * Roles (RULES.md §1). A user holds one or more roles inside exactly one org.
 * Data scope: member → own records; unit roles → their unit's assignments; the office roles → the org.
 */
export const ROLES = [
  'officeAdmin',
  'officeStaff',
  'proposalOffice',
  'member',
  'unitAdmin',
  'unitHandler',
  'leader',
  'roomConvener',
  'auditor',
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  officeAdmin: '办公室管理员',
  officeStaff: '办公室工作人员',
  proposalOffice: '提案委工作人员',
  member: '政协委员',
  unitAdmin: '承办单位管理员',
  unitHandler: '承办单位经办人',
  leader: '领导',
  roomConvener: '议事室召集人',
  auditor: '只读审计员',
};

/** Roles that act for the CPPCC office and so may see every record of their org. */
export const OFFICE_ROLES: readonly Role[] = ['officeAdmin', 'officeStaff', 'proposalOffice'];

/** Roles that may read the whole org's records without changing them. */
export const ORG_READER_ROLES: readonly Role[] = [...OFFICE_ROLES, 'leader', 'auditor'];

/** Roles that need a linked unit / member. */
export const UNIT_ROLES: readonly Role[] = ['unitAdmin', 'unitHandler'];

export function hasAnyRole(roles: readonly string[], wanted: readonly Role[]): boolean {
  return roles.some((r) => (wanted as readonly string[]).includes(r));
}
