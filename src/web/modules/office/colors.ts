/** Tag colours of the office area's statuses and categories. */
export const INSTITUTION_STATUS_COLORS: Record<string, string> = { draft: 'gold', inForce: 'green', repealed: 'default' };
export const CATEGORY_COLORS: Record<string, string> = { excellentMember: 'red', excellentStaff: 'orange', advancedUnit: 'blue', advancedCollective: 'geekblue' };
