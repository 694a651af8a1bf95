import { governs } from '../../../platform/auth/access';
import { ref } from '../../../platform/server/subgraph';
import { isOwnerSide, sharesClaim } from '../domain/parties';
import { visibleClaim } from '../loaders/visible';
import type { ClaimResolvers, HistoryEntryResolvers } from '../generated/resolvers';
import type { LedgerEntry } from '../../../platform/data/ledger';
import type { ItemEvent } from '../domain/claims';
import { claimantRef, partyRef } from './refs';
import type { Context } from '../context';
import type { ClaimDoc } from '../models';

const ACCEPTED_OR_LATER = ['ACCEPTED', 'DELIVERED', 'EVALUATED'];

export const Claim: ClaimResolvers = {
  __resolveReference: (ref, ctx) => visibleClaim(ctx, ref.id),
  id: (claim) => String(claim._id),
  item: async (claim, _args, { loaders }) => (await loaders.item.load(String(claim.itemId)))!,
  claimant: (claim) => claimantRef(claim),
  partners: (claim) => (claim.partnerIds ?? []).map((id) => ref(id)),
  // How the two sides judged a claim is theirs and their committees': another claimant of the same
  // item sees that the claim exists, not why it was rejected or how it was scored.
  note: (claim, _args, ctx) => ifParty(ctx, claim, claim.note ?? null),
  rejectionReason: (claim, _args, ctx) => ifParty(ctx, claim, claim.rejectionReason ?? null),
  deliveryNote: (claim, _args, ctx) => ifParty(ctx, claim, claim.deliveryNote ?? null),
  score: (claim, _args, ctx) => ifParty(ctx, claim, claim.score ?? null),
  evaluation: (claim, _args, ctx) => ifParty(ctx, claim, claim.evaluation ?? null),
  cancellationReason: (claim, _args, ctx) => ifParty(ctx, claim, claim.cancellationReason ?? null),
  deliveredQuantity: (claim) => claim.deliveredQuantity ?? null,
  deliveredAt: (claim) => claim.deliveredAt ?? null,
  defaulted: (claim) => claim.defaulted ?? false,
  // The claimant's contact: to the claimant itself, and to the item's owner side once accepted.
  claimantContact: async (claim, _args, { principal, loaders }) => {
    if (!claim.contact) return null;
    if (sharesClaim(principal, claim)) return claim.contact;
    const item = await loaders.item.load(String(claim.itemId));
    return item && ACCEPTED_OR_LATER.includes(claim.status) && isOwnerSide(principal, item) ? claim.contact : null;
  },
};

/** The value, for the claimant side, the item's owner side and the committees over the item; null to anyone else. */
async function ifParty<T>(ctx: Context, claim: ClaimDoc, value: T): Promise<T | null> {
  if (value === null || sharesClaim(ctx.principal, claim)) return value;
  const item = await ctx.loaders.item.load(String(claim.itemId));
  return item && (isOwnerSide(ctx.principal, item) || governs(ctx.principal, item.territoryPath)) ? value : null;
}

type ItemLedgerEntry = LedgerEntry<ItemEvent['data']>;

export const HistoryEntry: HistoryEntryResolvers = {
  sequence: (entry) => entry.seq,
  by: (entry) => (entry.by ? partyRef(entry.by) : null),
  claimId: (entry) => (entry as ItemLedgerEntry).data.claimId ?? null,
  // An activity's ledger: the sign-up a step concerns.
  signUpId: (entry) => ((entry.data as { signUpId?: string }).signUpId ?? null),
  from: (entry) => (entry as ItemLedgerEntry).data.from ?? null,
  to: (entry) => (entry as ItemLedgerEntry).data.to,
  // A claim's rejection reason in the history: for that claim's parties only (see ifParty).
  reason: async (entry, _args, ctx) => {
    const { reason, claimId } = (entry as ItemLedgerEntry).data;
    if (!reason || !claimId) return reason ?? null;
    const claim = await ctx.loaders.claim.load(claimId);
    return claim ? ifParty(ctx, claim, reason) : null;
  },
  quantity: (entry) => (entry as ItemLedgerEntry).data.quantity ?? null,
};
