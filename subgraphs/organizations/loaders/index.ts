import DataLoader from 'dataloader';
import { Types } from 'mongoose';
import { byIdLoader, childPageLoader, childrenLoader } from '../../../platform/data/pagination';
import type { TerritoryNode } from '../../../platform/rules/territory';
import { followedUpSince, isFollowedUp } from '../domain/meetings';
import { pathOf } from '../domain/tree';
import type { MeetingDecisionDoc, OrganizationsModels } from '../models';

/** A request's loaders: one batched query per list and per step of a query plan. */
export function createLoaders(models: OrganizationsModels) {
  const organization = byIdLoader(models.Organization);
  return {
    organization,
    /** The tree as the shared rules read it (statistics' scope): the organisation's kind and path. */
    territory: new DataLoader<string, TerritoryNode | null>(async (ids) =>
      (await organization.loadMany(ids)).map((org) =>
        org && !(org instanceof Error) ? { id: String(org._id), kind: org.kind, path: pathOf(org).map(String) } : null,
      ),
    ),
    children: childPageLoader(models.Organization, 'parentId'),
    seat: byIdLoader(models.CommitteeSeat),
    seatsOf: childrenLoader(models.CommitteeSeat, 'organizationId', { termStart: 1, _id: 1 }),
    meeting: byIdLoader(models.JointMeeting),
    meetingsOf: childPageLoader(models.JointMeeting, 'organizationId', { newestFirst: true }),
    decision: byIdLoader(models.MeetingDecision),
    decisionsOfMeeting: childrenLoader(models.MeetingDecision, 'meetingId', { _id: 1 }),
    openDecisionsOf: childPageLoader(models.MeetingDecision, 'organizationId'),
    followUpOf: followUpLoader(models),
    reviewRound: byIdLoader(models.ReviewRound),
    reviewRoundsOf: childPageLoader(models.ReviewRound, 'organizationId', { newestFirst: true }),
    reviewParty: byIdLoader(models.ReviewParty),
    partiesOfRound: childPageLoader(models.ReviewParty, 'roundId'),
    reviewsOfUnit: childPageLoader(models.ReviewParty, 'partyId', { newestFirst: true }),
    /** The ledgers of many parties under review (ReviewParty.history), in one query by key. */
    reviewHistory: childrenLoader(models.ReviewLedger, 'key', { key: 1, seq: 1 }),
  };
}

/**
 * What each of many meetings follows up (JointMeeting.previousDecisions): for every committee in the
 * batch, its open decisions and those closed since the earliest window asked, in one query of two
 * indexed branches; each meeting then keeps those of earlier meetings in its own window.
 */
function followUpLoader(models: OrganizationsModels) {
  return new DataLoader<{ organizationId: string; scheduledAt: Date }, MeetingDecisionDoc[], string>(
    async (keys) => {
      const orgs = [...new Set(keys.map((k) => k.organizationId))].map((id) => new Types.ObjectId(id));
      const since = new Date(Math.min(...keys.map((k) => followedUpSince(k.scheduledAt).getTime())));
      const organizationId = orgs.length === 1 ? orgs[0] : { $in: orgs };
      const docs = (await models.MeetingDecision.find({
        $or: [
          { organizationId, status: 'OPEN' },
          { organizationId, closedAt: { $gte: since } },
        ],
      })
        .sort({ _id: 1 })
        .lean()) as MeetingDecisionDoc[];
      return keys.map((k) => docs.filter((d) => String(d.organizationId) === k.organizationId && isFollowedUp(d, k.scheduledAt)));
    },
    { cacheKeyFn: (k) => `${k.organizationId}@${k.scheduledAt.toISOString()}` },
  );
}
