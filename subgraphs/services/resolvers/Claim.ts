import { governs } from '../../../platform/access';
import { isClaimantSide, isOwnerSide } from '../domain/parties';
import type { ClaimResolvers, HistoryEntryResolvers } from '../generated/resolvers';
import type { LedgerEntry } from '../../../platform/ledger';
import type { ItemEvent } from '../domain/claims';
import { claimantRef } from './refs';

const ACCEPTED_OR_LATER = ['ACCEPTED', 'DELIVERED', 'EVALUATED'];

export const Claim: ClaimResolvers = {
  __resolveReference: async (ref, { loaders, principal }) => {
    const claim = await loaders.claim.load(ref.id);
    if (!claim) return null;
    const item = await loaders.item.load(String(claim.itemId));
    return item && (isClaimantSide(principal, claim) || isOwnerSide(principal, item) || governs(principal, item.territoryPath)) ? claim : null;
  },
  id: (claim) => String(claim._id),
  item: async (claim, _args, { loaders }) => (await loaders.item.load(String(claim.itemId)))!,
  claimant: (claim) => claimantRef(claim),
  // The claimant's contact: to the claimant itself, and to the item's owner side once accepted.
  claimantContact: async (claim, _args, { principal, loaders }) => {
    if (!claim.contact) return null;
    if (isClaimantSide(principal, claim)) return claim.contact;
    const item = await loaders.item.load(String(claim.itemId));
    return item && ACCEPTED_OR_LATER.includes(claim.status) && isOwnerSide(principal, item) ? claim.contact : null;
  },
};

type ItemLedgerEntry = LedgerEntry<ItemEvent['data']>;

export const HistoryEntry: HistoryEntryResolvers = {
  sequence: (entry) => entry.seq,
  claimId: (entry) => (entry as ItemLedgerEntry).data.claimId ?? null,
  from: (entry) => (entry as ItemLedgerEntry).data.from ?? null,
  to: (entry) => (entry as ItemLedgerEntry).data.to,
  reason: (entry) => (entry as ItemLedgerEntry).data.reason ?? null,
  quantity: (entry) => (entry as ItemLedgerEntry).data.quantity ?? null,
};
