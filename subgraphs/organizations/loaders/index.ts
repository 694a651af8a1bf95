import { byIdLoader, childPageLoader, childrenLoader } from '../../../platform/data/pagination';
import type { OrganizationsModels } from '../models';

/** A request's loaders: one batched query per list and per step of a query plan. */
export function createLoaders(models: OrganizationsModels) {
  return {
    organization: byIdLoader(models.Organization),
    children: childPageLoader(models.Organization, 'parentId'),
    seatsOf: childrenLoader(models.CommitteeSeat, 'organizationId', { termStart: 1, _id: 1 }),
  };
}
