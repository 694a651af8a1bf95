import { requireParticipant } from '../../../platform/auth/access';
import { ref } from '../../../platform/server/subgraph';
import { effectiveStatus } from '../domain/agreements';
import type { AgreementResolvers, EvaluationResolvers } from '../generated/resolvers';

export const Agreement: AgreementResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.agreement.load(reference.id),
  id: (agreement) => String(agreement._id),
  unit: async (agreement, _args, { loaders }) => (await loaders.residentUnit.load(String(agreement.unitId)))!,
  partner: (agreement) => ref(agreement.partnerId),
  status: (agreement, _args, { now }) => effectiveStatus(agreement, now),
  // What a unit promised its community is for the signed-in.
  commitments: (agreement, _args, { principal }) => (requireParticipant(principal), agreement.commitments),
  renewalOf: (agreement, _args, { loaders }) =>
    agreement.renewalOfId ? loaders.agreement.load(String(agreement.renewalOfId)) : null,
};

export const Evaluation: EvaluationResolvers = {
  id: (evaluation) => String(evaluation._id),
  community: (evaluation) => ref(evaluation.communityId),
};
