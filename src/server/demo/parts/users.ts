import { users } from '../../db/schema';
import { DEMO_ACCOUNTS, type DemoAccount } from '../accounts';
import type { DemoContext, DemoPart, Gender } from '../context';

/** The demo accounts (DEMO_ACCOUNTS), all with DEMO_PASSWORD and no forced password change. */
export const usersPart: DemoPart = {
  name: 'users',
  async run(ctx: DemoContext) {
    const rng = ctx.random('users');
    const city = ctx.orgs.city;
    // The member account: an ordinary (non-standing) member of the 教育界 who sits on a committee.
    const member =
      city.members.find((m) => m.status === 'active' && m.sector === '教育界' && !m.isStandingMember && m.committee?.role === 'member') ??
      city.members.find((m) => m.status === 'active' && !m.cppccRole);
    if (!member) throw new Error('demo: no member for the weiyuan account');
    const chair = city.leaders.find((l) => l.cppccRole === 'chair');
    const rows = (DEMO_ACCOUNTS as readonly DemoAccount[]).map((a) => {
      const o = ctx.orgs[a.org];
      const id = rng.uuid();
      o.userIds.set(a.username, id);
      let displayName: string;
      let phone: string;
      if (a.member) {
        displayName = member.name;
        phone = member.phone;
      } else if (a.unit && a.roles.includes('unitAdmin') && o.unitContacts.has(a.unit)) {
        // The unit's contact person (联系人) administers its account.
        const contact = o.unitContacts.get(a.unit)!;
        displayName = contact.name;
        phone = contact.phone;
      } else if (a.roles.includes('leader') && chair) {
        displayName = chair.name;
        phone = ctx.phones.mobile();
      } else {
        const gender: Gender = rng.chance(0.5) ? '女' : '男';
        displayName = ctx.names.next(rng, gender);
        phone = ctx.phones.mobile();
      }
      const unitId = a.unit ? o.unitIds.get(a.unit) : undefined;
      if (a.unit && !unitId) throw new Error(`demo: unit ${a.unit} missing`);
      return {
        id,
        orgId: o.id,
        username: a.username,
        displayName,
        passwordHash: ctx.passwordHash,
        roles: [...a.roles],
        memberId: a.member ? member.id : null,
        unitId: unitId ?? null,
        phone,
        mustChangePassword: false,
      };
    });
    await ctx.insertMany(users, rows);
  },
};
