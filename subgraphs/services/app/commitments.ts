import { beijingYearOf } from '../../../platform/rules/beijing-time';
import { administersUnit, governs, requireParticipant, requirePrincipal } from '../../../platform/auth/access';
import { forbidden } from '../../../platform/auth/tokens';
import { checkFirst, decodeCursor, toConnection } from '../../../platform/data/pagination';
import type { AgreementTerms } from '../../../platform/rules/territory';
import type { StatisticsScope } from '../../../platform/rules/statistics';
import { badUserInput } from '../../../platform/server/errors';
import { isObjectId } from '../../../platform/server/subgraph';
import {
  commitmentStatistics,
  deliveriesFor,
  fulfilmentOf,
  shortfallSortKey,
  termWindow,
  yearSummary,
  yearWindow,
  type CommitmentKind,
  type Fulfilment,
  type KindFigures,
  type PromisedAmount,
  type Window,
} from '../domain/commitments';
import { unitRecordsKey } from '../loaders';
import type { Context } from '../context';

/*
 * Agreement commitments tracked against delivery (共建协议承诺履行). The agreements live in the
 * resident-units subgraph and are read from it through `_entities` with the caller's token (their
 * commitments are for the signed-in); what the unit delivered is this subgraph's own — claims delivered,
 * activities held, its people checked in — read in one batched step (loaders.unitRecords); the figures
 * are domain/commitments.ts's.
 */

/** Signed by both sides: the agreements whose commitments are counted. */
const BINDING = ['SIGNED', 'ACTIVE', 'EXPIRED'];

/** An agreement's fulfilment, with the agreement it is of. */
export type AgreementFulfilmentOut = Fulfilment & { agreementId: string };

/** One row of a committee's shortfall list; `_id` is its sort key (the cursor). */
export interface ShortfallRow {
  _id: string;
  agreementId: string;
  unitId: string;
  partnerId: string | null;
  expiresOn: Date;
  commitment: KindFigures;
}

export type UnitYearOut = ReturnType<typeof yearSummary> & { year: number };

/** The agreement's fulfilment over `window` (its term by default), from what its unit delivered inside its partner's territory. */
async function fulfilmentOfAgreement(ctx: Context, agreement: AgreementTerms, window?: Window): Promise<Fulfilment> {
  const term = { startsOn: agreement.startsOn, expiresOn: agreement.expiresOn };
  const whole = termWindow(term);
  const counted = window
    ? { from: new Date(Math.max(whole.from.getTime(), window.from.getTime())), to: new Date(Math.min(whole.to.getTime(), window.to.getTime())) }
    : whole;
  const records =
    counted.to.getTime() > counted.from.getTime() && agreement.partnerId
      ? await ctx.loaders.unitRecords.load(unitRecordsKey(agreement.unitId, counted))
      : { claims: [], activities: [], attendances: [] };
  const deliveries = agreement.partnerId ? deliveriesFor(agreement.partnerId, records) : [];
  return fulfilmentOf(agreement.commitments as PromisedAmount[], term, deliveries, ctx.now, window);
}

/** Whether the caller governs the organisation's territory (its committee, or one above it). */
async function governsOrganization(ctx: Context, organizationId: string | null): Promise<boolean> {
  if (!organizationId) return false;
  const node = await ctx.territory.load(organizationId);
  return !!node && governs(ctx.principal, node.path);
}

/**
 * `Agreement.fulfilment`: for the unit's admins and the committees of the partner's territory (the
 * partner and those above it); null for an agreement the caller cannot read or that both sides have
 * not signed; FORBIDDEN for anyone else.
 */
export async function agreementFulfilment(ctx: Context, agreementId: string): Promise<AgreementFulfilmentOut | null> {
  // A resident is refused here, before the agreement is asked of resident-units (which refuses them its
  // commitments, and the loader would read that refusal as the directory being down).
  const principal = requireParticipant(ctx.principal);
  const agreement = isObjectId(agreementId) ? await ctx.agreementTerms.load(agreementId) : null;
  if (!agreement) return null;
  if (!administersUnit(principal, agreement.unitId) && !(await governsOrganization(ctx, agreement.partnerId))) {
    throw forbidden("Only the unit's admins and the partner's Party committees may read how an agreement is kept");
  }
  if (!BINDING.includes(agreement.status)) return null;
  return { ...(await fulfilmentOfAgreement(ctx, agreement)), agreementId };
}

/**
 * `Organization.commitmentShortfalls`: the commitments of the agreements in force with a partner in
 * the territory, furthest behind first. For the territory's committees. The order is computed (no index
 * holds it): every agreement in force is read and counted, then the page is cut at the cursor's key.
 */
export async function commitmentShortfalls(
  ctx: Context,
  organizationId: string,
  args: { kind?: CommitmentKind | null; includeOnTrack?: boolean | null; first: number; after?: string | null },
) {
  requirePrincipal(ctx.principal);
  const first = checkFirst(args.first);
  const after = args.after ? String(decodeCursor(args.after)) : null;
  if (!(await governsOrganization(ctx, organizationId))) {
    throw forbidden('Only the Party committees of a territory may list its commitment shortfalls');
  }
  const agreements = await ctx.agreementsOf({ typename: 'Organization', id: organizationId }, ['ACTIVE']);
  const counted = await Promise.all(agreements.map(async (a) => ({ agreement: a, fulfilment: await fulfilmentOfAgreement(ctx, a) })));
  const rows: ShortfallRow[] = counted
    .flatMap(({ agreement, fulfilment }) =>
      fulfilment.commitments.map((commitment) => ({
        _id: shortfallSortKey(agreement.id, commitment),
        agreementId: agreement.id,
        unitId: agreement.unitId,
        partnerId: agreement.partnerId,
        expiresOn: agreement.expiresOn,
        commitment,
      })),
    )
    .filter((row) => (!args.kind || row.commitment.kind === args.kind) && (args.includeOnTrack || !row.commitment.onTrack))
    .sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0));
  const rest = after ? rows.filter((row) => row._id > after) : rows;
  return toConnection({ nodes: rest.slice(0, first), hasNextPage: rest.length > first });
}

/** `Statistics.commitments`: the territory's agreements signed and in force during some of the period, counted over that part. */
export async function statisticsCommitments(ctx: Context, scope: StatisticsScope) {
  const agreements = await ctx.agreementsOf({ typename: 'Organization', id: scope.organizationId }, ['ACTIVE', 'EXPIRED']);
  const window = { from: scope.from, to: scope.to };
  return commitmentStatistics(await Promise.all(agreements.map((a) => fulfilmentOfAgreement(ctx, a, window))));
}

/**
 * `ResidentUnit.commitmentFulfilment(year)`: the unit's agreements signed by both sides, each counted
 * for the part of its term inside the year (Beijing time), added up per kind; with `partner`, only those
 * with that community or street. For the unit's admins and the committees over its community.
 */
export async function unitCommitmentFulfilment(ctx: Context, unitId: string, year: number, partner?: string | null): Promise<UnitYearOut | null> {
  const principal = requirePrincipal(ctx.principal);
  const thisYear = beijingYearOf(ctx.now);
  if (!Number.isInteger(year) || year < 2000 || year > thisYear + 1) throw badUserInput(`\`year\` must be between 2000 and ${thisYear + 1}`, 'year');
  const unit = isObjectId(unitId) ? await ctx.units.load(unitId) : null;
  if (!unit) return null;
  if (!administersUnit(principal, unitId) && !governs(principal, unit.path)) {
    throw forbidden("Only the unit's admins and the Party committees over it may read how it kept its commitments");
  }
  const window = yearWindow(year);
  const agreements = (await ctx.agreementsOf({ typename: 'ResidentUnit', id: unitId }, BINDING)).filter((a) => !partner || a.partnerId === partner);
  return { year, ...yearSummary(await Promise.all(agreements.map((a) => fulfilmentOfAgreement(ctx, a, window)))) };
}
