import { Types } from 'mongoose';
import { administersUnit, governs, isInside, TERRITORIAL_ROLES } from '../../../platform/auth/access';
import type { Principal } from '../../../platform/auth/tokens';
import type { ClaimantType, ClaimDoc, ItemDoc, PartyRef } from '../models';

/**
 * Who acts for which party on the lists, as plain functions of the verified
 * principal and the stored paths.
 */

/** The party a principal claims for: its unit, its organisation or itself. Viewers act for nobody. */
export interface Actor {
  type: ClaimantType;
  id: string;
}

export function actorOf(principal: Principal): Actor | null {
  if (principal.role === 'UNIT_ADMIN') return { type: 'RESIDENT_UNIT', id: principal.scopeId };
  if (principal.role === 'MEMBER') return { type: 'MEMBER', id: principal.scopeId };
  if (TERRITORIAL_ROLES.includes(principal.role)) return { type: 'ORGANIZATION', id: principal.scopeId };
  return null;
}

/**
 * Acting for an owner: a unit's own admin; for an organisation, its own
 * people (any territorial role bound to it) or a committee above it.
 */
export function actsFor(principal: Principal | null, owner: Pick<PartyRef, 'type' | 'id' | 'path'>): boolean {
  if (!principal) return false;
  if (owner.type === 'RESIDENT_UNIT') return administersUnit(principal, owner.id);
  if (!TERRITORIAL_ROLES.includes(principal.role)) return false;
  return principal.scopeId === String(owner.id) || governs(principal, owner.path);
}

export const isOwnerSide = (principal: Principal | null, item: Pick<ItemDoc, 'owners'>) =>
  item.owners.some((owner) => actsFor(principal, owner));

export function isClaimantSide(principal: Principal | null, claim: Pick<ClaimDoc, 'claimant'>): boolean {
  if (!principal) return false;
  const actor = actorOf(principal);
  return !!actor && actor.type === claim.claimant.type && actor.id === String(claim.claimant.id);
}

/** The claimant, or a unit that took the claim on with it (联合认领): both read the claim as theirs. */
export function sharesClaim(principal: Principal | null, claim: Pick<ClaimDoc, 'claimant' | 'partnerIds'>): boolean {
  if (isClaimantSide(principal, claim)) return true;
  return !!principal && principal.role === 'UNIT_ADMIN' && (claim.partnerIds ?? []).some((id) => String(id) === principal.scopeId);
}

/** Who reads a claim: its claimant and partners, the item's owner side, and the committees over the item. */
export function seesClaim(
  principal: Principal | null,
  claim: Pick<ClaimDoc, 'claimant' | 'partnerIds'>,
  item: Pick<ItemDoc, 'owners' | 'territoryPath'>,
): boolean {
  return sharesClaim(principal, claim) || isOwnerSide(principal, item) || governs(principal, item.territoryPath);
}

/** The side that receives the help: the owner of a need or project, the claimant of an offer. */
export function isReceivingSide(principal: Principal | null, item: Pick<ItemDoc, 'kind' | 'owners'>, claim: Pick<ClaimDoc, 'claimant'>) {
  return item.kind === 'OFFER' ? isClaimantSide(principal, claim) : isOwnerSide(principal, item);
}

/**
 * Who sees an item: anyone signed in whose own territory lies inside the
 * item's visibility scope, anyone whose organisation governs the item's
 * territory, and the owner's side. Nobody anonymous.
 */
export function canSee(principal: Principal | null, item: Pick<ItemDoc, 'visibleWithin' | 'territoryPath' | 'owners'>): boolean {
  // A resident (群众) signed in for their own requests reads nothing of the lists.
  if (!principal || principal.role === 'RESIDENT') return false;
  return (
    homes(principal).some((path) => path.includes(String(item.visibleWithin))) ||
    isInside(principal, item.territoryPath) ||
    isOwnerSide(principal, item)
  );
}

/**
 * The same rule as a query condition, for lists (one indexed query, not a filter after reading); an
 * activity's side is its organiser (`organiserId`), an item's its owners.
 */
export function visibilityFilter(principal: Principal | null, sideField: 'ownerIds' | 'organiserId' = 'ownerIds'): Record<string, unknown> {
  if (!principal || principal.role === 'RESIDENT') return { _id: { $exists: false } };
  return {
    $or: [
      { visibleWithin: { $in: homes(principal).flat().map(toObjectId) } },
      { territoryPath: toObjectId(principal.scopeId) },
      { [sideField]: toObjectId(principal.scopeId) },
    ],
  };
}

/** Where a principal lives: its territory, and for a member who reported to a community (双报到) that one too. */
export const homes = (principal: Principal): string[][] => [principal.territory, ...(principal.reportedTo ? [principal.reportedTo] : [])];

function toObjectId(id: string) {
  return new Types.ObjectId(id);
}
