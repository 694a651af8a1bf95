import { effectiveStatus, milestonesInOrder } from '../domain/items';
import { canSee, isOwnerSide } from '../domain/parties';
import type { Context } from '../context';
import type { ClaimStatus, ItemDoc } from '../models';
import type { ListItemResolvers, NeedResolvers, OfferResolvers, ProjectResolvers } from '../generated/resolvers';
import { suggestedNeeds, suggestedOffers } from './Matching';
import { claimantRef, partyRef } from './refs';
import { isObjectId } from '../../../platform/validation';

/**
 * The fields every list item resolves the same way; Need, Offer and Project
 * spread these and add their own.
 */
export const itemFields = {
  id: (item: ItemDoc) => String(item._id),
  claimedQuantity: (item: ItemDoc) => item.state.reserved,
  remainingQuantity: (item: ItemDoc) => item.quantity - item.state.reserved,
  status: (item: ItemDoc, _args: unknown, { now }: Context) => effectiveStatus(item, now),
  claims: (item: ItemDoc, args: { status?: ClaimStatus | null; first: number; after?: string | null }, { loaders }: Context) =>
    loaders.claimsOfItem.load({
      parent: String(item._id),
      first: args.first,
      after: args.after,
      filter: args.status ? { status: args.status } : undefined,
    }),
  history: (item: ItemDoc, args: { first: number; after?: string | null }, { loaders }: Context) =>
    loaders.historyOfItem.load({ parent: itemKey(item._id), first: args.first, after: args.after }),
  // Contact details: the owner's side (for an organisation, the committees above it too), and
  // the other side only once its claim is accepted — a provider's phone is not a public list.
  contact: async (item: ItemDoc, _args: unknown, { principal, loaders }: Context) => {
    if (!item.contact) return null;
    if (isOwnerSide(principal, item)) return item.contact;
    return (await loaders.myAcceptedClaim.load(String(item._id))) ? item.contact : null;
  },
};

/** The ledger key of an item. */
export const itemKey = (id: unknown) => `item:${String(id)}`;

/** Loads an item of one kind that the caller may see; null otherwise (never a hint that it exists). */
export async function visibleItem(ctx: Context, id: string, kind?: ItemDoc['kind']): Promise<ItemDoc | null> {
  const item = isObjectId(id) ? await ctx.loaders.item.load(id) : null;
  if (!item || (kind && item.kind !== kind) || !canSee(ctx.principal, item)) return null;
  return item;
}

export const ListItem: ListItemResolvers = {
  __resolveType: (item: ItemDoc) => ({ NEED: 'Need', OFFER: 'Offer', PROJECT: 'Project' } as const)[item.kind],
};

export const Need: NeedResolvers = {
  ...itemFields,
  __resolveReference: (ref: { id: string }, ctx: Context) => visibleItem(ctx, ref.id, 'NEED'),
  postedBy: (item: ItemDoc) => partyRef(item.owners[0]),
  suggestedOffers: (item, { first }, ctx) => suggestedOffers(item, first, ctx),
};

export const Offer: OfferResolvers = {
  ...itemFields,
  __resolveReference: (ref: { id: string }, ctx: Context) => visibleItem(ctx, ref.id, 'OFFER'),
  capacity: (item: ItemDoc) => item.quantity,
  provider: (item: ItemDoc) => partyRef(item.owners[0]),
  suggestedNeeds: (item, { first }, ctx) => suggestedNeeds(item, first, ctx),
};

export const Project: ProjectResolvers = {
  ...itemFields,
  __resolveReference: (ref: { id: string }, ctx: Context) => visibleItem(ctx, ref.id, 'PROJECT'),
  owners: (item: ItemDoc) => item.owners.map(partyRef),
  participants: async (item: ItemDoc, _args: unknown, { loaders }: Context) =>
    (await loaders.participantsOfItem.load(String(item._id))).map(claimantRef),
  milestones: (item: ItemDoc) => milestonesInOrder(item.milestones).map((m) => m.milestone),
  progress: (item: ItemDoc) => (item.milestones.length ? item.milestones.filter((m) => m.doneAt).length / item.milestones.length : 0),
};
