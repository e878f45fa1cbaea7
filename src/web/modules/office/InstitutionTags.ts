/** Tag colours of the institution statuses. */
export const INSTITUTION_STATUS_COLORS: Record<string, string> = { draft: 'gold', inForce: 'green', repealed: 'default' };
