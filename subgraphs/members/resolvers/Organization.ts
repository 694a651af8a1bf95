import { administersUnit, governs, requireParticipant, requirePrincipal } from '../../../platform/auth/access';
import { forbidden } from '../../../platform/auth/tokens';
import type { OrganizationResolvers, ResidentUnitResolvers } from '../generated/resolvers';

/** Organization is owned by the organizations subgraph; this one adds its members and their hours. */
export const Organization: OrganizationResolvers = {
  __resolveReference: (reference) => reference,
  // Rosters are for the signed-in: a member's name, category, employer and posts are not public.
  members: (org, { category, first, after }, { loaders, principal }) => {
    requireParticipant(principal);
    return loaders.membersOfOrganization.load({ parent: org.id, first, after, filter: category ? { category } : undefined });
  },
  reportedMembers: (org, { first, after }, { loaders, principal }) => {
    requireParticipant(principal);
    return loaders.membersReportingTo.load({ parent: org.id, first, after });
  },
  volunteerHours: (org, { year }, { hours }) => hours('territoryPath', year).load(org.id),
};

/** ResidentUnit is owned by the resident-units subgraph; this one adds the members it employs. */
export const ResidentUnit: ResidentUnitResolvers = {
  __resolveReference: (reference) => reference,
  employedMembers: (unit, { first, after }, { loaders, principal }) => {
    requireParticipant(principal);
    return loaders.membersOfEmployer.load({ parent: unit.id, first, after });
  },
  volunteerHours: (unit, { year }, { hours }) => hours('employerId', year).load(unit.id),
  // Feedback on its members: the unit's own admins, and the committees that sent it.
  memberFeedback: async (unit, _args, { principal, loaders }) => {
    const p = requirePrincipal(principal);
    const list = await loaders.feedbackOfEmployer.load(unit.id);
    if (administersUnit(p, unit.id)) return list;
    const visible = list.filter((f) => governs(p, f.territoryPath));
    if (!visible.length && list.length) throw forbidden("Feedback is for the unit's own admins and the committees that sent it");
    return visible;
  },
};
