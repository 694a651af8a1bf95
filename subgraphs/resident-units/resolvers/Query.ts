import { Types } from 'mongoose';
import { badUserInput } from '../../../platform/server/errors';
import { findPage } from '../../../platform/data/pagination';
import { startOfDay } from '../domain/agreements';
import type { QueryResolvers } from '../generated/resolvers';
import { isObjectId } from '../../../platform/rules/validation';

const DAY = 86_400_000;

export const Query: QueryResolvers = {
  residentUnit: (_root, { id }, { loaders }) => loaders.residentUnit.load(id),
  agreement: (_root, { id }, { loaders }) => loaders.agreement.load(id),
  expiringAgreements: (_root, { within, days, first, after }, { models, now }) => {
    if (!isObjectId(within)) throw badUserInput('`within` is not an organisation id', 'within');
    if (!Number.isInteger(days) || days < 1 || days > 366) throw badUserInput('`days` must be between 1 and 366', 'days');
    const today = startOfDay(now);
    return findPage(
      models.Agreement,
      { territoryPath: new Types.ObjectId(within), status: 'ACTIVE', expiresOn: { $gte: today, $lte: new Date(today.getTime() + days * DAY) } },
      { first, after },
    );
  },
};
