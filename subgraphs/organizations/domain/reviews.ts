import { beijingYearOf } from '../../../platform/rules/beijing-time';
import { failed, ok, userError, type Outcome, type UserError } from '../../../platform/rules/user-errors';
import { reviewYear, type ReviewFigures } from '../../../platform/rules/reviews';
import type { RaterKind, ReviewGrade, ReviewOpinion, ReviewPartyType } from '../generated/resolvers';

/**
 * The rules of a committee's annual review (年度述职评议 · 双述双评), as plain functions: what a round
 * needs to open, who may score whom, how a party's scores become its result and grade, and what the
 * round's close freezes. A round's own acts (open, closing, closed) are decided on the round's ledger
 * (`roundKey`); a party's (its report, each score, the committee's opinion, its freezing at close) on the
 * party's (`partyKey`), so that raters scoring different parties never wait on each other, and a score
 * and the close take turns on the party's ledger: a score decided after the party's FREEZE is refused.
 */
export const roundKey = (roundId: unknown) => `review:${String(roundId)}`;
export const partyKey = (partyId: unknown) => `review-party:${String(partyId)}`;
/** One round per committee and year (a unique key). */
export const roundYearKey = (organizationId: unknown, year: number) => `${String(organizationId)}:${year}`;

export interface Criterion {
  name: string;
  weight: number;
}

/** The default criteria, from the sources' 述职评议 (weights adding up to 100). */
export const DEFAULT_CRITERIA: readonly Criterion[] = [
  { name: '履行共建协议', weight: 30 },
  { name: '参与社区活动', weight: 25 },
  { name: '服务群众实效', weight: 25 },
  { name: '在职党员报到表现', weight: 20 },
];

/** Grade thresholds on the weighted score (0–100): 好 ≥ 90, 较好 ≥ 75, 一般 ≥ 60, else 差. */
export const GRADE_THRESHOLDS: readonly [ReviewGrade, number][] = [
  ['GOOD', 90],
  ['FAIRLY_GOOD', 75],
  ['AVERAGE', 60],
  ['POOR', 0],
];

/** A rater as the round named them, with what decides whom they may not score (their own unit, branch). */
export interface Rater {
  memberId: string;
  kind: RaterKind;
  /** The member's employer (a resident unit), when they have one. */
  employerId: string | null;
  /** The member's own Party organisation. */
  organizationId: string;
  /** For a committee member on a part-time seat, the unit they lead there. */
  seatUnitId: string | null;
}

export interface PartyRef {
  type: ReviewPartyType;
  id: string;
}

/** A party's figures for the year, as read from the subgraphs that keep them (ReviewRecord). */
export type Figures = ReviewFigures;

export interface Report {
  figures: Figures;
  narrative: string | null;
  submittedAt: string | null;
  generatedAt: string;
}

export interface RaterScores {
  kind: RaterKind;
  /** By criterion name, 0–100. */
  scores: Record<string, number>;
  scoredAt: string;
}

/** What a party's ledger holds after each entry. */
export interface PartyState {
  report: Report | null;
  /** By rater (member id). */
  scores: Record<string, RaterScores>;
  opinion: { opinion: ReviewOpinion; reason: string | null } | null;
  /** Set by the round's close: nothing changes after it. */
  frozen: boolean;
}

export const initialPartyState = (): PartyState => ({ report: null, scores: {}, opinion: null, frozen: false });

export type PartyEvent =
  | { action: 'REPORT'; data: { state: PartyState } }
  | { action: 'SCORE'; data: { state: PartyState; rater: string } }
  | { action: 'OPINION'; data: { state: PartyState } }
  | { action: 'FREEZE'; data: { state: PartyState } };

export type RoundStatus = 'OPEN' | 'CLOSING' | 'CLOSED';
export interface RoundState {
  status: RoundStatus;
  closedAt: string | null;
  /** The raters named so far (at the opening, and invited since). */
  raters: Rater[];
}
export const openRoundState = (raters: Rater[] = []): RoundState => ({ status: 'OPEN', closedAt: null, raters });
export type RoundEvent = { action: 'INVITE' | 'CLOSING' | 'CLOSE'; data: { state: RoundState } };

/** Most raters a round names. */
export const MAX_RATERS = 100;

// ————— Opening —————

/** The calendar year in Beijing at an instant (platform/rules/beijing-time). */
export const beijingYear = beijingYearOf;
/** The instants a Beijing calendar year runs over: [start, end) (the same the subgraphs count a record's year by). */
export const yearBounds = reviewYear;

export interface OpeningInput {
  year: number;
  title?: string | null;
  criteria?: Criterion[] | null;
  parties: PartyRef[];
  raters: { memberId: string; kind: RaterKind }[];
}

/** The criteria a round opens with: the given ones, trimmed, or the default set. */
export const criteriaOf = (input: Pick<OpeningInput, 'criteria'>): Criterion[] =>
  input.criteria?.length ? input.criteria.map((c) => ({ name: c.name.trim(), weight: c.weight })) : DEFAULT_CRITERIA.map((c) => ({ ...c }));

export const titleOf = (input: Pick<OpeningInput, 'title' | 'year'>) => input.title?.trim() || `${input.year}年度述职评议`;

/** What is wrong with a round to open, if anything (the committee, the parties and raters themselves are checked apart). */
export function validateOpening(input: OpeningInput, now: Date): UserError[] {
  const errors: UserError[] = [];
  const thisYear = beijingYear(now);
  if (!Number.isInteger(input.year) || input.year < thisYear - 1 || input.year > thisYear) {
    errors.push(userError('INVALID_YEAR', `评议年度须为今年或去年(${thisYear - 1}–${thisYear}) · this year or the last`, 'input.year'));
  }
  const title = titleOf(input);
  if (title.length < 2 || title.length > 100) errors.push(userError('INVALID_TITLE', '名称须为2至100字 · 2 to 100 characters', 'input.title'));
  const criteria = criteriaOf(input);
  const names = new Set(criteria.map((c) => c.name));
  if (
    criteria.length < 1 ||
    criteria.length > 10 ||
    names.size !== criteria.length ||
    criteria.some((c) => c.name.length < 2 || c.name.length > 20 || !Number.isInteger(c.weight) || c.weight < 1 || c.weight > 100) ||
    criteria.reduce((sum, c) => sum + c.weight, 0) !== 100
  ) {
    errors.push(userError('INVALID_CRITERIA', '评议标准须为1至10项,名称2至20字且不重复,权重为整数且合计100 · 1 to 10 criteria, distinct names of 2 to 20 characters, whole weights adding up to 100', 'input.criteria'));
  }
  if (input.parties.length < 1 || input.parties.length > 200) {
    errors.push(userError('INVALID_REVIEW_PARTY', '述职对象须为1至200个 · 1 to 200 parties', 'input.parties'));
  }
  input.parties.forEach((p, i) => {
    if (input.parties.findIndex((q) => q.id === p.id) !== i) {
      errors.push(userError('INVALID_REVIEW_PARTY', '述职对象重复 · named twice', `input.parties.${i}.id`));
    }
  });
  errors.push(...validateRaters(input.raters, 'input.raters'));
  return errors;
}

/** 1 to 100 raters, none named twice (whether each is a member, a seat, of the territory is checked apart). */
export function validateRaters(raters: { memberId: string }[], field: string): UserError[] {
  const errors: UserError[] = [];
  if (raters.length < 1 || raters.length > MAX_RATERS) errors.push(userError('INVALID_RATER', `评议人须为1至${MAX_RATERS}人 · 1 to ${MAX_RATERS} raters`, field));
  raters.forEach((r, i) => {
    if (raters.findIndex((q) => q.memberId === r.memberId) !== i) errors.push(userError('INVALID_RATER', '评议人重复 · named twice', `${field}.${i}.memberId`));
  });
  return errors;
}

// ————— Acts on a party —————

const closed = (field: string) => userError('REVIEW_CLOSED', '评议已结束,结果已锁定 · the round is closed: its results are frozen', field);

/** A rater's own unit or Party organisation: they may not score it (a unit scoring itself). */
export function isOwnParty(rater: Rater, party: PartyRef): boolean {
  if (party.type === 'RESIDENT_UNIT') return rater.employerId === party.id || rater.seatUnitId === party.id;
  return rater.organizationId === party.id;
}

/** A party's report: its own words and the figures read now; resubmitted, it replaces the last. */
export function decideReport(state: PartyState, narrative: string, figures: Figures, now: Date): Outcome<PartyEvent> {
  if (state.frozen) return failed(closed('input.partyId'));
  const text = narrative.trim();
  if (text.length < 10 || text.length > 5000) return failed(userError('INVALID_TEXT', '述职内容须为10至5000字 · 10 to 5,000 characters', 'input.narrative'));
  const at = now.toISOString();
  return ok({ action: 'REPORT', data: { state: { ...state, report: { figures, narrative: text, submittedAt: at, generatedAt: at } } } });
}

/**
 * A rater's scores of a party: criteria of the round, each at most once, whole numbers 0–100; a criterion
 * scored again replaces the rater's earlier score, the others stay.
 */
export function decideScore(
  state: PartyState,
  rater: Rater,
  party: PartyRef,
  criteria: readonly Criterion[],
  scores: { criterion: string; score: number }[],
  now: Date,
): Outcome<PartyEvent> {
  if (state.frozen) return failed(closed('input.partyId'));
  if (isOwnParty(rater, party)) return failed(userError('SELF_REVIEW', '评议人不能评议本单位或本人所在党组织 · a rater may not score their own unit or Party organisation', 'input.partyId'));
  if (!scores.length) return failed(userError('UNKNOWN_CRITERION', '请至少评一项 · score at least one criterion', 'input.scores'));
  const names = new Set(criteria.map((c) => c.name));
  const errors: UserError[] = [];
  scores.forEach((s, i) => {
    if (!names.has(s.criterion.trim()) || scores.findIndex((t) => t.criterion.trim() === s.criterion.trim()) !== i) {
      errors.push(userError('UNKNOWN_CRITERION', `“${s.criterion}”不是本次评议的标准(或重复) · not a criterion of the round, or given twice`, `input.scores.${i}.criterion`));
    }
    if (!Number.isInteger(s.score) || s.score < 0 || s.score > 100) {
      errors.push(userError('INVALID_SCORE', '分数须为0至100的整数 · a whole number from 0 to 100', `input.scores.${i}.score`));
    }
  });
  if (errors.length) return failed(...errors);
  const mine = state.scores[rater.memberId]?.scores ?? {};
  const next = { ...mine, ...Object.fromEntries(scores.map((s) => [s.criterion.trim(), s.score])) };
  return ok({
    action: 'SCORE',
    data: { rater: rater.memberId, state: { ...state, scores: { ...state.scores, [rater.memberId]: { kind: rater.kind, scores: next, scoredAt: now.toISOString() } } } },
  });
}

/** The committee's opinion for 评先评优; against (不同意) needs its reason. */
export function decideOpinion(state: PartyState, opinion: ReviewOpinion, reason: string | null | undefined): Outcome<PartyEvent> {
  if (state.frozen) return failed(closed('input.partyId'));
  const text = (reason ?? '').trim();
  if (opinion === 'DISAGREE' && !text) return failed(userError('OPINION_REASON_REQUIRED', '不同意须说明理由 · an opinion against needs its reason', 'input.reason'));
  if (text && (text.length < 2 || text.length > 500)) return failed(userError('INVALID_REASON', '理由须为2至500字 · 2 to 500 characters', 'input.reason'));
  return ok({ action: 'OPINION', data: { state: { ...state, opinion: { opinion, reason: text || null } } } });
}

/** The round's close freezes a party, with its figures generated if it never reported (once: a frozen party stays as it is). */
export function decideFreeze(state: PartyState, figures: Figures | null, now: Date): Outcome<PartyEvent> | null {
  if (state.frozen) return null;
  const report = state.report ?? (figures ? { figures, narrative: null, submittedAt: null, generatedAt: now.toISOString() } : null);
  return ok({ action: 'FREEZE', data: { state: { ...state, report, frozen: true } } });
}

// ————— The round —————

/** More raters while the round is open: none already a rater, at most 100 in all. */
export function decideInvite(state: RoundState, raters: Rater[]): Outcome<RoundEvent> {
  if (state.status !== 'OPEN') return failed(closed('id'));
  const errors: UserError[] = [];
  raters.forEach((r, i) => {
    if (state.raters.some((q) => q.memberId === r.memberId)) errors.push(userError('INVALID_RATER', '已是本次评议的评议人 · already a rater of the round', `raters.${i}.memberId`));
  });
  if (state.raters.length + raters.length > MAX_RATERS) errors.push(userError('INVALID_RATER', `评议人至多${MAX_RATERS}人 · at most ${MAX_RATERS} raters`, 'raters'));
  if (errors.length) return failed(...errors);
  return ok({ action: 'INVITE', data: { state: { ...state, raters: [...state.raters, ...raters] } } });
}

export function decideClosing(state: RoundState): Outcome<RoundEvent> | null {
  if (state.status === 'CLOSED') return failed(closed('id'));
  if (state.status === 'CLOSING') return null; // already closing: the close goes on from where it stopped
  return ok({ action: 'CLOSING', data: { state: { ...state, status: 'CLOSING' } } });
}

export function decideClose(state: RoundState, now: Date): Outcome<RoundEvent> {
  if (state.status === 'CLOSED') return failed(closed('id'));
  return ok({ action: 'CLOSE', data: { state: { ...state, status: 'CLOSED', closedAt: now.toISOString() } } });
}

// ————— Results —————

export interface CriterionResult {
  criterion: string;
  weight: number;
  committeeMean: number | null;
  residentMean: number | null;
  score: number | null;
}

export interface Result {
  criteria: CriterionResult[];
  weightedScore: number | null;
  grade: ReviewGrade | null;
}

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);
const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * A party's result: per criterion the mean of the committee members' scores and of the residents'
 * representatives', each kind weighing half when both scored it (双评: the community and the residents);
 * the weighted score over the criteria once every criterion has a score, and its grade.
 */
export function resultOf(criteria: readonly Criterion[], scores: Record<string, RaterScores>): Result {
  const raters = Object.values(scores);
  const rows = criteria.map((c) => {
    const of = (kind: RaterKind) => mean(raters.filter((r) => r.kind === kind && r.scores[c.name] != null).map((r) => r.scores[c.name]));
    const committeeMean = of('COMMITTEE_MEMBER');
    const residentMean = of('RESIDENT_REPRESENTATIVE');
    const both = [committeeMean, residentMean].filter((m): m is number => m != null);
    const score = both.length ? mean(both)! : null;
    return {
      criterion: c.name,
      weight: c.weight,
      committeeMean: committeeMean == null ? null : round2(committeeMean),
      residentMean: residentMean == null ? null : round2(residentMean),
      score: score == null ? null : round2(score),
    };
  });
  const complete = rows.every((r) => r.score != null);
  const total = rows.reduce((sum, r) => sum + r.weight, 0);
  const weightedScore = complete && total > 0 ? round2(rows.reduce((sum, r) => sum + r.weight * r.score!, 0) / total) : null;
  return { criteria: rows, weightedScore, grade: weightedScore == null ? null : gradeOf(weightedScore) };
}

export function gradeOf(score: number): ReviewGrade {
  return GRADE_THRESHOLDS.find(([, min]) => score >= min)![0];
}

// ————— Statistics —————

/** The years whose first instant (Beijing) lies in [from, to): the rounds a period counts; null when none. */
export function yearsStartingIn(from: Date, to: Date): { first: number; last: number } | null {
  let first = beijingYear(from);
  if (yearBounds(first).start < from) first += 1;
  let last = beijingYear(new Date(to.getTime() - 1));
  if (yearBounds(last).start >= to) last -= 1;
  return first <= last ? { first, last } : null;
}

/** The review figures from the counts of rounds by status and of parties by frozen and grade. */
export function reviewFigures(rounds: { status: unknown; count: number }[], parties: { frozen: unknown; grade: unknown; count: number }[]) {
  const sum = (rows: { count: number }[]) => rows.reduce((n, r) => n + r.count, 0);
  const frozen = parties.filter((p) => p.frozen === true);
  const graded = (grade: ReviewGrade) => sum(frozen.filter((p) => p.grade === grade));
  return {
    rounds: sum(rounds),
    closed: sum(rounds.filter((r) => r.status === 'CLOSED')),
    partiesReviewed: sum(parties),
    good: graded('GOOD'),
    fairlyGood: graded('FAIRLY_GOOD'),
    average: graded('AVERAGE'),
    poor: graded('POOR'),
    ungraded: sum(frozen.filter((p) => p.grade == null)),
  };
}
