import { Types } from 'mongoose';
import { administersUnit, governs, requireGoverns, requirePrincipal } from '../../../platform/auth/access';
import { forbidden } from '../../../platform/auth/tokens';
import { appendDecision, asDecision, entryId, ledgerHead, projectForward, recordFirst, type LedgerEntry } from '../../../platform/data/ledger';
import { claimUniqueKey } from '../../../platform/data/unique-keys';
import { isObjectId } from '../../../platform/server/subgraph';
import { userError, type Outcome, type UserError } from '../../../platform/rules/user-errors';
import { COMMITTEE_KINDS } from '../domain/committee';
import {
  criteriaOf,
  decideClose,
  decideClosing,
  decideFreeze,
  decideInvite,
  decideOpinion,
  decideReport,
  decideScore,
  initialPartyState,
  openRoundState,
  partyKey,
  resultOf,
  roundKey,
  roundYearKey,
  titleOf,
  validateOpening,
  validateRaters,
  type Figures,
  type PartyEvent,
  type PartyState,
  type Rater,
  type RoundEvent,
  type RoundState,
} from '../domain/reviews';
import { KIND_LABEL, pathOf } from '../domain/tree';
import { visibleParty, visibleRound } from '../loaders/visible';
import { heldOn } from '../resolvers/Organization';
import { load, noSuch } from './organizations';
import type { Context } from '../context';
import type { ReviewPartyDoc, ReviewRoundDoc } from '../models';
import type {
  MutationCloseReviewRoundArgs,
  MutationGiveReviewOpinionArgs,
  MutationInviteReviewRatersArgs,
  MutationOpenReviewRoundArgs,
  MutationScoreReviewPartyArgs,
  MutationSubmitReviewReportArgs,
  OpenReviewRoundInput,
} from '../generated/resolvers';

/*
 * Commands of a committee's annual review (年度述职评议 · 双述双评): open a round, a party's report, the
 * raters' scores, the committee's opinion, and the close that freezes the results. The round's acts are
 * decided on its ledger, a party's on the party's (domain/reviews.ts says why).
 */

const roundFailure = (...errors: UserError[]) => ({ round: null, errors });
const partyFailure = (...errors: UserError[]) => ({ party: null, errors });
const noParty = () => userError('NOT_FOUND', '述职对象不存在 · no such party under review', 'input.partyId');
const closedRound = (field: string) => userError('REVIEW_CLOSED', '评议已结束,结果已锁定 · the round is closed: its results are frozen', field);

/** Parties that are Party organisations at units (where in-service members belong). */
const BRANCH_KINDS = ['UNIT_PARTY_ORGANIZATION', 'JOINT_PARTY_ORGANIZATION', 'INDUSTRY_COMMITTEE'];

/** What is wrong with the parties named, if anything: each a unit or a units' Party organisation of the committee's territory. */
async function partyProblems(ctx: Context, committeeId: string, parties: OpenReviewRoundInput['parties']): Promise<UserError[]> {
  const problems = await Promise.all(
    parties.map(async (party, i) => {
      const outside = userError('INVALID_REVIEW_PARTY', '述职对象须是本辖区的驻区单位或单位党组织 · a resident unit or a unit\'s Party organisation of the territory', `input.parties.${i}.id`);
      if (!isObjectId(party.id)) return outside;
      if (party.type === 'RESIDENT_UNIT') {
        const unit = await ctx.units.load(party.id);
        return unit && unit.path.includes(committeeId) ? null : outside;
      }
      const org = await ctx.loaders.organization.load(party.id);
      return org && BRANCH_KINDS.includes(org.kind) && pathOf(org).some((id) => String(id) === committeeId) ? null : outside;
    }),
  );
  return problems.filter((p): p is UserError => p !== null);
}

/**
 * The raters as the round keeps them, or what is wrong with them: a committee member holds a seat on the
 * committee today; a residents' representative lives in its territory (their Party organisation is in it).
 * Each is kept with their employer and organisation, which say whom they may not score.
 */
async function ratersOf(ctx: Context, committeeId: string, raters: OpenReviewRoundInput['raters']): Promise<Rater[] | UserError[]> {
  const seats = (await ctx.loaders.seatsOf.load(committeeId)).filter((s) => heldOn(s, ctx.now));
  const results = await Promise.all(
    raters.map(async (r, i): Promise<Rater | UserError> => {
      const field = `input.raters.${i}.memberId`;
      const member = isObjectId(r.memberId) ? await ctx.members.load(r.memberId) : null;
      if (!member) return userError('INVALID_RATER', '评议人须是党员 · no such member', field);
      const seat = seats.find((s) => String(s.memberId) === member.id);
      if (r.kind === 'COMMITTEE_MEMBER' && !seat) return userError('INVALID_RATER', '该党员不是本委员会的在任委员 · not a seat of the committee today', field);
      if (r.kind === 'RESIDENT_REPRESENTATIVE') {
        const home = await ctx.loaders.organization.load(member.organizationId);
        if (!home || !pathOf(home).some((id) => String(id) === committeeId)) {
          return userError('RATER_OUTSIDE_TERRITORY', '居民代表须是本辖区的党员 · a residents\' representative lives in the committee\'s territory', field);
        }
      }
      return {
        memberId: member.id,
        kind: r.kind,
        employerId: member.employerId,
        organizationId: member.organizationId,
        seatUnitId: r.kind === 'COMMITTEE_MEMBER' && seat?.unitId ? String(seat.unitId) : null,
      };
    }),
  );
  const errors = results.filter((r): r is UserError => 'code' in r);
  return errors.length ? errors : (results as Rater[]);
}

export async function openReviewRound(ctx: Context, { input }: MutationOpenReviewRoundArgs) {
  const principal = requirePrincipal(ctx.principal);
  const org = await load(ctx, input.organizationId);
  if (!org) return roundFailure(noSuch('input.organizationId'));
  requireGoverns(principal, pathOf(org), 'open its annual review');
  if (!COMMITTEE_KINDS.includes(org.kind)) {
    return roundFailure(userError('NO_COMMITTEE_SEATS', `${KIND_LABEL[org.kind]}不设大党委,只有社区大党委和街道大工委开展述职评议 · only a community's or a street's committee reviews`, 'input.organizationId'));
  }
  const committeeId = String(org._id);
  const errors = validateOpening(input, ctx.now);
  if (errors.length) return roundFailure(...errors);
  const [problems, raters] = await Promise.all([partyProblems(ctx, committeeId, input.parties), ratersOf(ctx, committeeId, input.raters)]);
  const raterErrors = raters.filter((r): r is UserError => 'code' in r);
  if (problems.length || raterErrors.length) return roundFailure(...problems, ...raterErrors);

  const _id = new Types.ObjectId();
  // One round per committee and year, also between two clerks at the same moment.
  const mine = await claimUniqueKey(ctx.models.ReviewRoundKey, roundYearKey(committeeId, input.year), _id, async (holderId) => !!(await ctx.models.ReviewRound.exists({ _id: holderId })));
  if (!mine) return roundFailure(userError('DUPLICATE_REVIEW_ROUND', `该委员会已开展${input.year}年度述职评议 · the committee already has a review round for that year`, 'input.year'));

  const state = openRoundState(raters as Rater[]);
  await recordFirst(ctx.models.ReviewLedger, roundKey(_id), { action: 'OPEN', actor: principal.subject, at: ctx.now, data: { state } });
  // The round before its parties: a round cut short by a crash lacks some of them; a party never lacks its round.
  const round = await ctx.models.ReviewRound.create({
    _id,
    organizationId: org._id,
    year: input.year,
    title: titleOf(input),
    criteria: criteriaOf(input),
    raters: raters as Rater[],
    status: state.status,
    openedBy: principal.subject,
    openedAt: ctx.now,
    closedAt: null,
    seq: 1,
  });
  const parties = input.parties.map((p) => ({
    _id: new Types.ObjectId(),
    roundId: _id,
    organizationId: org._id,
    year: input.year,
    type: p.type,
    partyId: new Types.ObjectId(p.id),
    state: initialPartyState(),
    weightedScore: null,
    grade: null,
    frozen: false,
    seq: 1,
  }));
  await ctx.models.ReviewLedger.insertMany(
    parties.map((p) => ({ _id: entryId(partyKey(p._id), 1), key: partyKey(p._id), seq: 1, action: 'OPEN', actor: principal.subject, at: ctx.now, data: { state: p.state } })),
  );
  await ctx.models.ReviewParty.insertMany(parties);
  return { round: round.toObject() as ReviewRoundDoc, errors: [] };
}

/** The round's state from its ledger's head (its raters from the document if the ledger's first entry lacks them). */
async function roundHead(ctx: Context, round: ReviewRoundDoc) {
  const head = await ledgerHead<RoundState>(ctx.models.ReviewLedger, roundKey(round._id), openRoundState(round.raters));
  return { ...head, view: { ...head.view, raters: head.view.raters ?? round.raters } };
}

/** Decides an act on the round on its ledger and projects it (its status, closing time and raters). */
function actOnRound(ctx: Context, round: ReviewRoundDoc, decide: (state: RoundState) => Outcome<RoundEvent> | null) {
  return appendDecision<RoundState, RoundEvent['data'], RoundEvent | null>({
    ledger: ctx.models.ReviewLedger,
    key: roundKey(round._id),
    actor: ctx.principal!.subject,
    read: () => roundHead(ctx, round),
    decide: (state) => {
      const outcome = decide(state);
      // Nothing to record (already closing): a decision that fails with no errors, told apart by the caller.
      return outcome ? asDecision(outcome) : { ok: false, errors: [] };
    },
    after: (entry) =>
      projectForward<ReviewRoundDoc>(ctx.models.ReviewRound, round._id, entry, () => ({
        status: entry.data.state.status,
        closedAt: entry.data.state.closedAt ? new Date(entry.data.state.closedAt) : null,
        raters: entry.data.state.raters,
      })),
  });
}

/** A round the caller sees and governs, or why not. */
async function governedRound(ctx: Context, id: string, what: string): Promise<ReviewRoundDoc | UserError> {
  const principal = requirePrincipal(ctx.principal);
  const round = await visibleRound(ctx, id);
  if (!round) return userError('NOT_FOUND', '述职评议不存在 · no such review round', 'id');
  const org = await ctx.loaders.organization.load(String(round.organizationId));
  requireGoverns(principal, org ? pathOf(org) : [], what);
  return round;
}

export async function inviteReviewRaters(ctx: Context, { id, raters }: MutationInviteReviewRatersArgs) {
  const round = await governedRound(ctx, id, 'name the raters of its annual review');
  if (!('_id' in round)) return roundFailure(round);
  const errors = validateRaters(raters, 'raters');
  if (errors.length) return roundFailure(...errors);
  const named = await ratersOf(ctx, String(round.organizationId), raters);
  const problems = named.filter((r): r is UserError => 'code' in r).map((e) => ({ ...e, field: e.field?.replace(/^input\.raters/, 'raters') }));
  if (problems.length) return roundFailure(...problems);
  const outcome = await actOnRound(ctx, round, (state) => decideInvite(state, named as Rater[]));
  if (!outcome.ok) return roundFailure(...outcome.errors);
  return { round: (await ctx.models.ReviewRound.findById(round._id).lean())!, errors: [] };
}

/** The party's state from its ledger's head. */
const partyHead = (ctx: Context, party: ReviewPartyDoc) => ledgerHead<PartyState>(ctx.models.ReviewLedger, partyKey(party._id), initialPartyState());

/** Decides an act on a party on its ledger and projects it (with its result once frozen). */
async function actOnParty(ctx: Context, party: ReviewPartyDoc, round: ReviewRoundDoc, decide: (state: PartyState) => Outcome<PartyEvent>) {
  const outcome = await appendDecision<PartyState, PartyEvent['data'], PartyEvent>({
    ledger: ctx.models.ReviewLedger,
    key: partyKey(party._id),
    actor: ctx.principal!.subject,
    read: () => partyHead(ctx, party),
    decide: (state) => asDecision(decide(state)),
    after: (entry) => projectParty(ctx, party, round, entry),
  });
  if (!outcome.ok) return partyFailure(...outcome.errors);
  return { party: (await ctx.models.ReviewParty.findById(party._id).lean())!, errors: [] };
}

const projectParty = (ctx: Context, party: ReviewPartyDoc, round: ReviewRoundDoc, entry: LedgerEntry<PartyEvent['data']>) => {
  const { state } = entry.data;
  return projectForward<ReviewPartyDoc>(ctx.models.ReviewParty, party._id, entry, () => {
    const result = state.frozen ? resultOf(round.criteria, state.scores) : null;
    return { state, frozen: state.frozen, weightedScore: result?.weightedScore ?? null, grade: result?.grade ?? null };
  });
};

/** A party the caller sees, with its round, or NOT_FOUND. */
async function partyAndRound(ctx: Context, partyId: string): Promise<{ party: ReviewPartyDoc; round: ReviewRoundDoc } | null> {
  const party = await visibleParty(ctx, partyId);
  const round = party ? await ctx.loaders.reviewRound.load(String(party.roundId)) : null;
  return party && round ? { party, round } : null;
}

const governsRound = async (ctx: Context, round: ReviewRoundDoc) => {
  const org = await ctx.loaders.organization.load(String(round.organizationId));
  return !!org && governs(ctx.principal, pathOf(org));
};

/** The party's figures for the year, read now from the subgraphs that keep them, with the caller's token. */
const figuresOf = (ctx: Context, party: ReviewPartyDoc): Promise<Figures> =>
  ctx.reviewRecord({ partyType: party.type, partyId: String(party.partyId), communityId: String(party.organizationId), year: party.year });

export async function submitReviewReport(ctx: Context, { input }: MutationSubmitReviewReportArgs) {
  const principal = requirePrincipal(ctx.principal);
  const found = await partyAndRound(ctx, input.partyId);
  if (!found) return partyFailure(noParty());
  const { party, round } = found;
  const ownUnit = party.type === 'RESIDENT_UNIT' && administersUnit(principal, party.partyId);
  if (!ownUnit && !(await governsRound(ctx, round))) throw forbidden("Only the unit's own admins or the committee over the round may submit its report");
  if (round.status !== 'OPEN') return partyFailure(closedRound('input.partyId'));
  const figures = await figuresOf(ctx, party);
  return actOnParty(ctx, party, round, (state) => decideReport(state, input.narrative, figures, ctx.now));
}

export async function scoreReviewParty(ctx: Context, { input }: MutationScoreReviewPartyArgs) {
  const principal = requirePrincipal(ctx.principal);
  const found = await partyAndRound(ctx, input.partyId);
  if (!found) return partyFailure(noParty());
  const { party, round } = found;
  const rater = principal.role === 'MEMBER' ? round.raters.find((r) => r.memberId === principal.scopeId) : undefined;
  if (!rater) throw forbidden("Only the round's raters may score it");
  if (round.status !== 'OPEN') return partyFailure(closedRound('input.partyId'));
  const ref = { type: party.type, id: String(party.partyId) };
  return actOnParty(ctx, party, round, (state) => decideScore(state, rater, ref, round.criteria, input.scores, ctx.now));
}

export async function giveReviewOpinion(ctx: Context, { input }: MutationGiveReviewOpinionArgs) {
  requirePrincipal(ctx.principal);
  const found = await partyAndRound(ctx, input.partyId);
  if (!found) return partyFailure(noParty());
  const { party, round } = found;
  if (!(await governsRound(ctx, round))) throw forbidden('Only the committee over the round may give its opinion');
  if (round.status !== 'OPEN') return partyFailure(closedRound('input.partyId'));
  return actOnParty(ctx, party, round, (state) => decideOpinion(state, input.opinion, input.reason));
}

/** How many parties are frozen at once while a round closes (each reads its figures if it never reported). */
const CLOSE_CONCURRENCY = 8;

/**
 * Closes a round in three steps, each safe to repeat: the round is marked CLOSING on its ledger (no
 * more reports, scores or opinions are taken), each party is frozen on its own ledger — a score
 * decided before the party's FREEZE counts, one after is refused — and the round is marked CLOSED.
 * If a step fails (a subgraph cannot give a party's figures), the round stays CLOSING and closing it
 * again goes on from there.
 */
export async function closeReviewRound(ctx: Context, { id }: MutationCloseReviewRoundArgs) {
  const round = await governedRound(ctx, id, 'close its annual review');
  if (!('_id' in round)) return roundFailure(round);
  const onRound = (decide: (state: RoundState) => Outcome<RoundEvent> | null) => actOnRound(ctx, round, decide);

  const closing = await onRound(decideClosing);
  if (!closing.ok && closing.errors.length) return roundFailure(...closing.errors);

  const parties = (await ctx.models.ReviewParty.find({ roundId: round._id }).sort({ _id: 1 }).lean()) as ReviewPartyDoc[];
  const open = parties.filter((p) => !p.frozen);
  for (let i = 0; i < open.length; i += CLOSE_CONCURRENCY) {
    await Promise.all(open.slice(i, i + CLOSE_CONCURRENCY).map((party) => freeze(ctx, party, round)));
  }
  const closed = await onRound((state) => decideClose(state, ctx.now));
  if (!closed.ok) return roundFailure(...closed.errors);
  return { round: (await ctx.models.ReviewRound.findById(round._id).lean())!, errors: [] };
}

/** Freezes one party: its figures are read first if it never reported (with the closer's token). */
async function freeze(ctx: Context, party: ReviewPartyDoc, round: ReviewRoundDoc) {
  const head = await partyHead(ctx, party);
  if (head.view.frozen) return;
  const figures = head.view.report ? null : await figuresOf(ctx, party);
  await appendDecision<PartyState, PartyEvent['data'], PartyEvent | null>({
    ledger: ctx.models.ReviewLedger,
    key: partyKey(party._id),
    actor: ctx.principal!.subject,
    read: () => partyHead(ctx, party),
    decide: (state) => {
      const outcome = decideFreeze(state, figures, ctx.now);
      return outcome ? asDecision(outcome) : { ok: false, errors: [] };
    },
    after: (entry) => projectParty(ctx, party, round, entry),
  });
}
