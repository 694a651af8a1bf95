import { itemKey } from '../app/item-ledger';
import { ref } from '../../../platform/server/subgraph';
import { effectiveStatus, milestonesInOrder } from '../domain/items';
import { isOwnerSide } from '../domain/parties';
import type { Context } from '../context';
import type { ClaimStatus, ItemDoc } from '../models';
import type { ListItemResolvers, MeetingDecisionResolvers, NeedResolvers, OfferResolvers, ProjectResolvers } from '../generated/resolvers';
import { visibleItem } from '../loaders/visible';
import { suggestedNeeds, suggestedOffers } from './Matching';
import { claimantRef, partyRef } from './refs';

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

export const ListItem: ListItemResolvers = {
  __resolveType: (item: ItemDoc) => ({ NEED: 'Need', OFFER: 'Offer', PROJECT: 'Project' } as const)[item.kind],
};

export const Need: NeedResolvers = {
  ...itemFields,
  __resolveReference: (ref: { id: string }, ctx: Context) => visibleItem(ctx, ref.id, 'NEED'),
  postedBy: (item: ItemDoc) => partyRef(item.owners[0]),
  fromDecision: (item: ItemDoc) => (item.decisionId ? ref(item.decisionId) : null),
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
  fromDecision: (item: ItemDoc) => (item.decisionId ? ref(item.decisionId) : null),
  participants: async (item: ItemDoc, _args: unknown, { loaders }: Context) =>
    (await loaders.participantsOfItem.load(String(item._id))).map(claimantRef),
  milestones: (item: ItemDoc) => milestonesInOrder(item.milestones).map((m) => m.milestone),
  progress: (item: ItemDoc) => (item.milestones.length ? item.milestones.filter((m) => m.doneAt).length / item.milestones.length : 0),
};

/**
 * A joint meeting's decision (organizations subgraph), with the need or project published from it: the
 * link is on the item (`decisionId`, and the decision's key in DecisionItem), so this subgraph answers
 * both directions — `Need.fromDecision` as a reference, `MeetingDecision.item` from its own database —
 * and neither subgraph reads the other's. Who may see the decision is the organizations subgraph's
 * to say; the item is shown only to whoever may see it here.
 */
export const MeetingDecision: MeetingDecisionResolvers = {
  __resolveReference: (reference: { id: string }) => ref(reference.id),
  item: async (decision, _args, ctx) => {
    const itemId = await ctx.loaders.itemOfDecision.load(decision.id);
    return itemId ? visibleItem(ctx, itemId) : null;
  },
};
