import DataLoader from 'dataloader';
import { Types } from 'mongoose';
import { byIdLoader, childPageLoader, childrenLoader } from '../../../platform/data/pagination';
import type { ClaimDoc, ClaimStatus, ServicesModels } from '../models';

const ACCEPTED_OR_LATER: ClaimStatus[] = ['ACCEPTED', 'DELIVERED', 'EVALUATED'];

/**
 * A request's loaders: one batched query per list and per step of a query plan. They load what is
 * stored; who may see it is decided in ./visible.ts.
 */
export function createLoaders(models: ServicesModels, actor: { type: string; id: string } | null) {
  return {
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
  invitation: byIdLoader(models.Invitation),
  /** A webhook's deliveries (推送), oldest first. */
  deliveriesOfWebhook: childPageLoader(models.WebhookDelivery, 'webhookId'),
  request: byIdLoader(models.Request),
  requestsInTerritory: childPageLoader(models.Request, 'territoryPath', { multi: true }),
  requestsOfUnit: childPageLoader(models.Request, 'whistledUnitIds', { multi: true }),
  historyOfRequest: childPageLoader(models.RequestLedger, 'key'),
  activity: byIdLoader(models.Activity),
  signUp: byIdLoader(models.SignUp),
  activitiesOfOrganiser: childPageLoader(models.Activity, 'organiserId'),
  activitiesInTerritory: childPageLoader(models.Activity, 'territoryPath', { multi: true }),
  activitiesInStreet: childPageLoader(models.Activity, 'streetId'),
  activitiesInCommunity: childPageLoader(models.Activity, 'communityId'),
  signUpsOfActivity: childPageLoader(models.SignUp, 'activityId'),
  signUpsOfParticipant: childPageLoader(models.SignUp, 'participant.id'),
  historyOfActivity: childPageLoader(models.ActivityLedger, 'key'),
  participantsOfItem: childrenLoader(models.Claim, 'itemId', { _id: 1 }, { status: { $in: ACCEPTED_OR_LATER } }),
  /** The item published from each joint meeting's decision, by the decision's key (see models DecisionItem): its id, or null. */
  itemOfDecision: new DataLoader<string, string | null>(async (decisionIds) => {
    const keys = await models.DecisionItem.find({ _id: decisionIds.length === 1 ? decisionIds[0] : { $in: [...decisionIds] } }).lean();
    return decisionIds.map((id) => {
      const key = keys.find((k) => k._id === id);
      return key ? String(key.holderId) : null;
    });
  }),
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
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
