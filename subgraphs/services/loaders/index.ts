import DataLoader from 'dataloader';
import { Types } from 'mongoose';
import { byIdLoader, childPageLoader, childrenLoader } from '../../../platform/data/pagination';
import { givenBy, type UnitRecords, type Window } from '../domain/commitments';
import type { ActivityDoc, ClaimDoc, ClaimStatus, ItemDoc, ServicesModels, SignUpDoc } from '../models';

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
  requestsOfHandler: childPageLoader(models.Request, 'handlerId'),
  // A resident's or a member's own requests, by who raised them (a token's subject).
  requestsOfRaiser: childPageLoader(models.Request, 'raisedBy', { textParent: true }),
  /** A street's time-limit table, newest version first. */
  timeLimitHistory: childPageLoader(models.TimeLimitLedger, 'key', { newestFirst: true }),
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
  /**
   * What each unit delivered in a window — the claims it gave (needs and projects it claimed, its own
   * offers others claimed: domain givenBy), the activities it held, its own people checked in at
   * activities — keyed `unit|from|to` (see unitRecordsKey): four queries, and a fifth for the claims on
   * the units' offers when they have any, for a whole batch (the units' ids, the batch's earliest start to its latest end), each key then keeping
   * its own window.
   */
  unitRecords: new DataLoader<string, UnitRecords>(async (keys) => {
    const parsed = keys.map((key) => {
      const [unitId, from, to] = key.split('|');
      return { unitId, from: new Date(Number(from)), to: new Date(Number(to)) };
    });
    const unitIds = [...new Set(parsed.map((k) => k.unitId))].map((id) => new Types.ObjectId(id));
    const units = unitIds.length === 1 ? unitIds[0] : { $in: unitIds };
    const span = { $gte: new Date(Math.min(...parsed.map((k) => k.from.getTime()))), $lt: new Date(Math.max(...parsed.map((k) => k.to.getTime()))) };
    const claimFields = { itemId: 1, claimant: 1, itemKind: 1, unitOfMeasure: 1, quantity: 1, deliveredQuantity: 1, deliveredAt: 1, territoryPath: 1 };
    const delivered = { deliveredAt: span, status: { $in: ['DELIVERED', 'EVALUATED'] as ClaimStatus[] } };
    const [claims, offers, activities, signUps] = await Promise.all([
      models.Claim.find({ 'claimant.id': units, ...delivered }, claimFields).lean() as unknown as Promise<ClaimDoc[]>,
      // The units' own offers: what others claimed of them, the units gave (双向认领).
      models.Item.find({ ownerIds: units, kind: 'OFFER' }, { ownerIds: 1 }).lean() as unknown as Promise<Pick<ItemDoc, '_id' | 'ownerIds'>[]>,
      models.Activity.find({ organiserId: units, status: 'HELD', startsAt: span }, { organiserId: 1, startsAt: 1, territoryPath: 1, state: 1 }).lean() as unknown as Promise<ActivityDoc[]>,
      models.SignUp.find({ 'participant.id': units, status: 'ATTENDED', checkedInAt: span }, { participant: 1, activityId: 1, checkedInAt: 1, territoryPath: 1, people: 1, hours: 1 }).lean() as unknown as Promise<SignUpDoc[]>,
    ]);
    const onOffers = offers.length
      ? ((await models.Claim.find({ itemId: { $in: offers.map((o) => o._id) }, ...delivered }, claimFields).lean()) as unknown as ClaimDoc[])
      : [];
    const offerOwners = new Map(offers.map((o) => [String(o._id), o.ownerIds.map(String)]));
    const within = (at: Date, k: { from: Date; to: Date }) => at.getTime() >= k.from.getTime() && at.getTime() < k.to.getTime();
    return parsed.map((k) => ({
      claims: [...claims, ...onOffers]
        .filter((c) => givenBy(k.unitId, c, offerOwners.get(String(c.itemId)) ?? []) && within(c.deliveredAt!, k))
        .map((c) => ({ itemKind: c.itemKind, unitOfMeasure: c.unitOfMeasure, quantity: c.quantity, deliveredQuantity: c.deliveredQuantity, deliveredAt: c.deliveredAt!, territoryPath: c.territoryPath })),
      activities: activities
        .filter((a) => String(a.organiserId) === k.unitId && within(a.startsAt, k))
        .map((a) => ({ id: String(a._id), startsAt: a.startsAt, territoryPath: a.territoryPath, people: a.state.people, memberHours: a.state.memberHours })),
      attendances: signUps
        .filter((s) => String(s.participant.id) === k.unitId && within(s.checkedInAt!, k))
        .map((s) => ({ activityId: String(s.activityId), checkedInAt: s.checkedInAt!, territoryPath: s.territoryPath, people: s.people ?? 0, hours: s.hours ?? 0 })),
    }));
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

/** The key of `unitRecords`: a unit and a window. */
export const unitRecordsKey = (unitId: string, window: Window) => `${unitId}|${window.from.getTime()}|${window.to.getTime()}`;
