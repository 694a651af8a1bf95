import { ref } from '../../../platform/server/subgraph';
import { agreementFulfilment, commitmentShortfalls, unitCommitmentFulfilment } from '../app/commitments';
import type { Context } from '../context';
import type { AgreementFulfilmentResolvers, AgreementResolvers, CommitmentShortfallResolvers } from '../generated/resolvers';

/** Agreement is owned by the resident-units subgraph; this one adds how its commitments are kept. */
export const Agreement: AgreementResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  fulfilment: (agreement, _args, ctx) => agreementFulfilment(ctx, agreement.id),
};

export const AgreementFulfilment: AgreementFulfilmentResolvers = {
  agreement: (fulfilment) => ref(fulfilment.agreementId),
};

export const CommitmentShortfall: CommitmentShortfallResolvers = {
  agreement: (row) => ref(row.agreementId),
  unit: (row) => ref(row.unitId),
  partner: (row) => (row.partnerId ? { id: row.partnerId } : null),
};

export const OrganizationCommitments = {
  commitmentShortfalls: (
    org: { id: string },
    args: { kind?: Parameters<typeof commitmentShortfalls>[2]['kind']; includeOnTrack?: boolean | null; first: number; after?: string | null },
    ctx: Context,
  ) => commitmentShortfalls(ctx, org.id, args),
};

export const UnitCommitments = {
  commitmentFulfilment: (unit: { id: string }, { year, partner }: { year: number; partner?: string | null }, ctx: Context) =>
    unitCommitmentFulfilment(ctx, unit.id, year, partner),
};
