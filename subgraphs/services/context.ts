import DataLoader from 'dataloader';
import { Types } from 'mongoose';
import type { RequestScope } from '../../platform/subgraph';
import { territoryMoves } from '../../platform/territory-moves';
import { byIdLoader, childPageLoader, childrenLoader } from '../../platform/pagination';
import { actorOf } from './domain/parties';
import type { ClaimDoc, ClaimStatus, ServicesModels } from './models';

const ACCEPTED_OR_LATER: ClaimStatus[] = ['ACCEPTED', 'DELIVERED', 'EVALUATED'];

/** Per request: the verified principal and the loaders (fresh each request, so nothing is cached across users). */
export function createContext(models: ServicesModels, { principal, directory }: RequestScope) {
  const actor = principal ? actorOf(principal) : null;
  return {
    models,
    principal,
    actor,
    /** One clock reading per request: every rule in it sees the same "now". */
    now: new Date(),
    /** The moves this subgraph keeps (it records one when it brings its copies in line). */
    moves: territoryMoves(models.Item.db),
    territory: directory.loader(),
    units: directory.unitLoader(),
    loaders: {
      item: byIdLoader(models.Item),
      claim: byIdLoader(models.Claim),
      itemsOfOwner: childPageLoader(models.Item, 'ownerIds', { multi: true }),
      itemsInTerritory: childPageLoader(models.Item, 'territoryPath', { multi: true }),
      itemsInStreet: childPageLoader(models.Item, 'streetId'),
      itemsInCommunity: childPageLoader(models.Item, 'communityId'),
      claimsOfItem: childPageLoader(models.Claim, 'itemId'),
      claimsOfClaimant: childPageLoader(models.Claim, 'claimant.id'),
      historyOfItem: childPageLoader(models.ItemLedger, 'key'),
      invitationsOfUnit: childPageLoader(models.Invitation, 'unitId'),
      request: byIdLoader(models.Request),
      requestsInTerritory: childPageLoader(models.Request, 'territoryPath', { multi: true }),
      requestsOfUnit: childPageLoader(models.Request, 'whistledUnitIds', { multi: true }),
      historyOfRequest: childPageLoader(models.RequestLedger, 'key'),
      participantsOfItem: childrenLoader(models.Claim, 'itemId', { _id: 1 }, { status: { $in: ACCEPTED_OR_LATER } }),
      /** The caller's own accepted claim on each item, if any: it opens the item's contact. */
      myAcceptedClaim: new DataLoader<string, ClaimDoc | null>(async (itemIds) => {
        if (!actor) return itemIds.map(() => null);
        const claims = (await models.Claim.find({
          'claimant.id': new Types.ObjectId(actor.id),
          itemId: { $in: itemIds.map((id) => new Types.ObjectId(id)) },
          status: { $in: ACCEPTED_OR_LATER },
        }).lean()) as ClaimDoc[];
        return itemIds.map((id) => claims.find((c) => String(c.itemId) === id) ?? null);
      }),
    },
  };
}

export type Context = ReturnType<typeof createContext>;
