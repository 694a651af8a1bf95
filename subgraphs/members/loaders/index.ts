import { byIdLoader, childPageLoader, childrenLoader } from '../../../platform/data/pagination';
import type { MembersModels } from '../models';

/** A request's loaders: one batched query per list and per step of a query plan. */
export function createLoaders(models: MembersModels) {
  return {
    member: byIdLoader(models.Member),
    membersOfOrganization: childPageLoader(models.Member, 'organizationId'),
    membersReportingTo: childPageLoader(models.Member, 'reportsToId'),
    membersOfEmployer: childPageLoader(models.Member, 'employerId'),
    recordsOfMember: childPageLoader(models.ServiceRecord, 'memberId'),
    feedbackOfMember: childrenLoader(models.Feedback, 'memberId', { createdAt: -1 }),
    feedbackOfEmployer: childrenLoader(models.Feedback, 'employerId', { createdAt: -1 }),
  };
}
