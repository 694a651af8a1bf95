import type { Authenticator, Role } from '../../platform/auth/tokens';
import type { MemberDoc } from '../../subgraphs/members/models';
import type { OrganizationDoc } from '../../subgraphs/organizations/models';
import type { ResidentUnitDoc } from '../../subgraphs/resident-units/models';

const orgPath = (org: OrganizationDoc) => [...org.ancestorIds, org._id].map(String);

/** Signed tokens for the principals of a test territory, as `npm run token` would mint them. */
export function tokensFor(auth: Authenticator) {
  const sign = (role: Role, scopeId: unknown, territory: string[], reportedTo?: string[], subject = `test:${role}:${String(scopeId)}`) =>
    auth.issue({ subject, role, scopeId: String(scopeId), territory, reportedTo });
  return {
    forOrganization: (role: Role, org: OrganizationDoc) => sign(role, org._id, orgPath(org)),
    unitAdmin: (unit: ResidentUnitDoc) => sign('UNIT_ADMIN', unit._id, unit.territoryPath.map(String)),
    /** A member; one in service who reported to a community (双报到) carries it too. */
    member: (member: MemberDoc, home: OrganizationDoc, reportedTo?: OrganizationDoc) => sign('MEMBER', member._id, orgPath(home), reportedTo && orgPath(reportedTo)),
    /** A resident (群众) of a grid, one account each: `who` tells two residents of one grid apart. */
    resident: (grid: OrganizationDoc, who: string) => sign('RESIDENT', grid._id, orgPath(grid), undefined, `test:RESIDENT:${who}`),
  };
}

/** Awaits a set of tokens being signed, keeping their names: `tokens = await signed({ street: sign.forOrganization(…) })`. */
export async function signed<K extends string>(pending: Record<K, Promise<string>>): Promise<Record<K, string>> {
  const entries = await Promise.all(Object.entries<Promise<string>>(pending).map(async ([name, token]) => [name, await token] as const));
  return Object.fromEntries(entries) as Record<K, string>;
}
