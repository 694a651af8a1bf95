import { governs, isInside, TERRITORIAL_ROLES } from '../../../platform/auth/access';
import type { Principal } from '../../../platform/auth/tokens';
import type { MemberDoc } from '../models';

/* Who reads and keeps a member's record: the one place that decides it. */

/** The member's territories: their home branch's, and the community they reported to (双报到). */
export const memberTerritories = (member: Pick<MemberDoc, 'territoryPath' | 'reportsToPath'>) => [member.territoryPath, ...(member.reportsToPath ? [member.reportsToPath] : [])];

/** Personal data is read by the member, and by the territorial roles inside either of the member's territories. */
export function seesPersonalData(principal: Principal | null, member: Pick<MemberDoc, '_id' | 'territoryPath' | 'reportsToPath'>): boolean {
  if (!principal) return false;
  if (principal.role === 'MEMBER') return principal.scopeId === String(member._id);
  return TERRITORIAL_ROLES.includes(principal.role) && memberTerritories(member).some((path) => isInside(principal, path));
}

/** A committee over either of the member's territories: it keeps the member's posts and service. */
export const governsMember = (principal: Principal | null, member: Pick<MemberDoc, 'territoryPath' | 'reportsToPath'>) =>
  memberTerritories(member).some((path) => governs(principal, path));
