import { requirePrincipal } from '../../../platform/auth/access';
import { forbidden } from '../../../platform/auth/tokens';
import { statusFilter } from '../domain/items';
import { visibilityFilter } from '../domain/parties';
import type { Context } from '../context';
import type { MemberResolvers, OrganizationResolvers, ResidentUnitResolvers } from '../generated/resolvers';
import type { ClaimStatus, ItemKind, ItemStatus } from '../models';

type ItemArgs = { status?: ItemStatus | null; inTerritory?: boolean | null; first: number; after?: string | null };

/**
 * One page of an owner's (or a territory's) items of a kind, as the caller may see them. A street's
 * or a community's territory is read by its scalar key (the gateway passes the organisation's kind
 * with the reference, see `@requires`); any other's, or one whose kind did not come, by the path.
 */
function itemsOf(ctx: Context, parent: string, kind: ItemKind, args: ItemArgs, parentKind?: string | null) {
  // Status and visibility may both be `$or`s: `$and` keeps either from overwriting the other.
  const conditions = [visibilityFilter(ctx.principal), ...(args.status ? [statusFilter(args.status, ctx.now)] : [])];
  const loader = !args.inTerritory
    ? ctx.loaders.itemsOfOwner
    : parentKind === 'STREET'
      ? ctx.loaders.itemsInStreet
      : parentKind === 'COMMUNITY'
        ? ctx.loaders.itemsInCommunity
        : ctx.loaders.itemsInTerritory;
  return loader.load({ parent, first: args.first, after: args.after, filter: { kind, $and: conditions } });
}

/** Claims a party made: for that party itself only. */
function claimsMadeBy(ctx: Context, parent: string, args: { status?: ClaimStatus | null; first: number; after?: string | null }) {
  const principal = requirePrincipal(ctx.principal);
  if (principal.scopeId !== parent) throw forbidden('Only the party itself may list the claims it made');
  return ctx.loaders.claimsOfClaimant.load({ parent, first: args.first, after: args.after, filter: args.status ? { status: args.status } : undefined });
}

/** Organization is owned by the organizations subgraph; this one adds its three lists and its claims. */
export const Organization: OrganizationResolvers = {
  __resolveReference: (reference) => reference,
  needs: (org, args, ctx) => itemsOf(ctx, org.id, 'NEED', args, org.kind),
  offers: (org, args, ctx) => itemsOf(ctx, org.id, 'OFFER', args, org.kind),
  projects: (org, args, ctx) => itemsOf(ctx, org.id, 'PROJECT', args, org.kind),
  claimsMade: (org, args, ctx) => claimsMadeBy(ctx, org.id, args),
};

/** ResidentUnit is owned by the resident-units subgraph; this one adds its resource list and its claims. */
export const ResidentUnit: ResidentUnitResolvers = {
  __resolveReference: (reference) => reference,
  offers: (unit, args, ctx) => itemsOf(ctx, unit.id, 'OFFER', args),
  invitations: (unit, { status, first, after }, ctx) => {
    const principal = requirePrincipal(ctx.principal);
    if (principal.scopeId !== unit.id) throw forbidden('Only the unit itself may list its invitations');
    return ctx.loaders.invitationsOfUnit.load({ parent: unit.id, first, after, filter: status ? { status } : undefined });
  },
  claimsMade: (unit, args, ctx) => claimsMadeBy(ctx, unit.id, args),
};

/** Member is owned by the members subgraph; this one adds the small wishes a member claimed. */
export const Member: MemberResolvers = {
  __resolveReference: (reference) => reference,
  claimsMade: (member, args, ctx) => claimsMadeBy(ctx, member.id, args),
};
