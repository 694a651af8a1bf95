import { forbidden, unauthenticated, type Principal, type Role } from './tokens';

/**
 * Territory rules, as plain functions over ids: who may act where.
 * Every item that belongs to a territory carries its territory path (the
 * ancestors of its owning organisation and that organisation, root first);
 * a principal bound to an organisation acts inside it when that
 * organisation is on the item's path.
 */

/** Roles that act for an organisation of the territorial tree. */
export const TERRITORIAL_ROLES: readonly Role[] = ['STREET_ADMIN', 'COMMUNITY_ADMIN', 'GRID_WORKER'];
/** Roles of a Party committee (大党委 / 大工委) that govern a territory. */
export const COMMITTEE_ROLES: readonly Role[] = ['STREET_ADMIN', 'COMMUNITY_ADMIN'];

export function isInside(principal: Principal, territoryPath: readonly unknown[]): boolean {
  return territoryPath.some((id) => String(id) === principal.scopeId);
}

/** The principal governs the territory: a committee role whose organisation is on the path. */
export function governs(principal: Principal | null, territoryPath: readonly unknown[]): boolean {
  return !!principal && COMMITTEE_ROLES.includes(principal.role) && isInside(principal, territoryPath);
}

/** The principal administers this unit. */
export function administersUnit(principal: Principal | null, unitId: unknown): boolean {
  return !!principal && principal.role === 'UNIT_ADMIN' && principal.scopeId === String(unitId);
}

export function requirePrincipal(principal: Principal | null): Principal {
  if (!principal) throw unauthenticated();
  return principal;
}

/**
 * For what is past the public face but open to everyone who takes part in co-building (rosters, committee
 * seats, gradings, agreements' commitments): signed in, and not a resident (群众). A resident holds a token
 * to raise, follow and rate their own requests; it opens nothing else of the territory to them.
 */
export function requireParticipant(principal: Principal | null): Principal {
  const p = requirePrincipal(principal);
  if (p.role === 'RESIDENT') throw forbidden("Residents see their own requests; this is for co-building's organisations and members");
  return p;
}

/**
 * The one rule for a private value of something the caller may see (a phone, a contact, an ID
 * number, a resident's name): without a token, UNAUTHENTICATED, as for every field past the public
 * face; signed in but not entitled, null, so the rest of the object (a roster, a list) stays readable.
 * A list or a figure the caller is not entitled to is refused instead (FORBIDDEN).
 */
export function privateValue<T>(principal: Principal | null, entitled: (p: Principal) => boolean, value: T): T | null {
  const p = requirePrincipal(principal);
  return value != null && entitled(p) ? value : null;
}

/** For a mutation on a territory: signed in, and a committee of that territory. */
export function requireGoverns(principal: Principal | null, territoryPath: readonly unknown[], what: string): Principal {
  const p = requirePrincipal(principal);
  if (!governs(p, territoryPath)) throw forbidden(`Only the Party committee of its territory may ${what}`);
  return p;
}

/** For a mutation on a unit: its own admin, or a committee of its territory. */
export function requireUnitOrGoverns(
  principal: Principal | null,
  unit: { _id: unknown; territoryPath: readonly unknown[] },
  what: string,
): Principal {
  const p = requirePrincipal(principal);
  if (!administersUnit(p, unit._id) && !governs(p, unit.territoryPath)) {
    throw forbidden(`Only the unit's own admins or the Party committee of its territory may ${what}`);
  }
  return p;
}
