import { Types } from 'mongoose';
import { badUserInput } from '../../../platform/errors';
import { findPage } from '../../../platform/pagination';
import type { QueryResolvers } from '../generated/resolvers';

export const Query: QueryResolvers = {
  organization: (_root, { id }, { loaders }) => loaders.organization.load(id),
  organizations: (_root, { kind, within, first, after }, { models }) => {
    const filter: Record<string, unknown> = {};
    if (kind) filter.kind = kind;
    if (within) {
      if (!Types.ObjectId.isValid(within)) throw badUserInput('`within` is not an organisation id', 'within');
      filter.ancestorIds = new Types.ObjectId(within);
    }
    return findPage(models.Organization, filter, { first, after });
  },
};
