import { requireParticipant } from '../../../platform/auth/access';
import { badUserInput } from '../../../platform/server/errors';
import { findPage } from '../../../platform/data/pagination';
import { isObjectId } from '../../../platform/server/subgraph';
import type { QueryResolvers } from '../generated/resolvers';
import { Types } from 'mongoose';
import { visibleMeeting, visibleParty, visibleRound } from '../loaders/visible';

export const Query: QueryResolvers = {
  organization: (_root, { id }, { loaders }) => loaders.organization.load(id),
  jointMeeting: (_root, { id }, ctx) => visibleMeeting(ctx, id),
  reviewRound: (_root, { id }, ctx) => visibleRound(ctx, id),
  reviewParty: (_root, { id }, ctx) => visibleParty(ctx, id),
  organizations: (_root, { kind, within, territoryCodePrefix, grading, first, after }, { models, principal }) => {
    const filter: Record<string, unknown> = {};
    if (kind) filter.kind = kind;
    if (grading) {
      requireParticipant(principal); // gradings are for the signed-in (see Organization.grading)
      filter['grading.level'] = grading;
    }
    if (within) {
      if (!isObjectId(within)) throw badUserInput('`within` is not an organisation id', 'within');
      // The whole subtree in one indexed query: every organisation with `within` among its ancestors.
      filter.ancestorIds = new Types.ObjectId(within);
    }
    if (territoryCodePrefix != null) {
      if (!/^\d{1,24}$/.test(territoryCodePrefix)) throw badUserInput('`territoryCodePrefix` must be digits', 'territoryCodePrefix');
      // An anchored prefix of digits: an index range on MongoDB; no pattern characters can get in.
      filter.territoryCode = { $regex: `^${territoryCodePrefix}` };
    }
    return findPage(models.Organization, filter, { first, after });
  },
};
