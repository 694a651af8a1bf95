import { beijingDayEnd, beijingYear } from '../../../platform/rules/beijing-time';
import { CommitmentKind } from '../generated/resolvers';
import type { ItemKind, UnitOfMeasure } from '../models';

/**
 * Agreement commitments (共建协议承诺) tracked against delivery, as plain functions: what a unit's
 * deliveries count towards (the mapping from claims and activities to kinds of commitment), how much
 * of a promise is expected by a day (pro rata to the term elapsed), and the figures a committee reads.
 * No database, no GraphQL: app/commitments.ts reads the records and the agreements and calls these.
 */

export type { CommitmentKind };
export const COMMITMENT_KINDS: readonly CommitmentKind[] = Object.values(CommitmentKind);

/** A commitment as the agreement states it. */
export interface PromisedAmount {
  kind: CommitmentKind;
  amount: number;
}

/** An agreement's term: from its first day to the end of its last (`expiresOn` is that day). */
export interface Term {
  startsOn: Date;
  expiresOn: Date;
}

/** A half-open span of time, [from, to). */
export interface Window {
  from: Date;
  to: Date;
}

/** Something a unit delivered, counted towards one kind of commitment. */
export interface Delivery {
  kind: CommitmentKind;
  amount: number;
  at: Date;
}

/** A claim of the unit, delivered (履约): on an item of some unit of measure, inside some territory. */
export interface DeliveredClaim {
  itemKind: ItemKind;
  unitOfMeasure?: UnitOfMeasure | null;
  quantity: number;
  deliveredQuantity?: number | null;
  deliveredAt: Date;
  territoryPath: readonly unknown[];
}

/** An activity the unit organised and held (its attendance checked in). */
export interface HeldActivity {
  id: string;
  startsAt: Date;
  territoryPath: readonly unknown[];
  /** People checked in: a member one, a unit the people it brought. */
  people: number;
  /** Hours checked in for members (their confirmed volunteer hours). */
  memberHours: number;
}

/** The unit's own sign-up at an activity, checked in: the people it sent and the hours each served. */
export interface UnitAttendance {
  activityId: string;
  checkedInAt: Date;
  territoryPath: readonly unknown[];
  people: number;
  hours: number;
}

/** What a delivered claim's quantity counts towards, by the item's unit of measure. */
const KIND_OF_MEASURE: Record<UnitOfMeasure, CommitmentKind> = {
  HOURS: 'VOLUNTEER_HOURS',
  SQUARE_METRES: 'VENUE',
  YUAN: 'FUNDS',
  PEOPLE: 'PEOPLE',
  SESSIONS: 'SESSIONS',
};

/**
 * A delivered claim: its delivered quantity towards the kind its unit of measure maps to (小时 → hours,
 * 平方米 → venue, 元 → funds, 人 → people, 场次 → sessions), and a claim on a project also one project.
 */
export function claimDeliveries(claim: DeliveredClaim): Delivery[] {
  const amount = claim.deliveredQuantity ?? claim.quantity;
  const out: Delivery[] = [];
  const kind = claim.unitOfMeasure ? KIND_OF_MEASURE[claim.unitOfMeasure] : null;
  if (kind && amount > 0) out.push({ kind, amount, at: claim.deliveredAt });
  if (claim.itemKind === 'PROJECT') out.push({ kind: 'PROJECTS', amount: 1, at: claim.deliveredAt });
  return out;
}

/** An activity the unit held: one session, the people who came, and the members' hours served at it. */
export function activityDeliveries(activity: HeldActivity): Delivery[] {
  const at = activity.startsAt;
  return [
    { kind: 'SESSIONS' as const, amount: 1, at },
    { kind: 'PEOPLE' as const, amount: activity.people, at },
    { kind: 'VOLUNTEER_HOURS' as const, amount: activity.memberHours, at },
  ].filter((d) => d.amount > 0);
}

/**
 * The unit's own people checked in at an activity: their hours (people × hours each), and — at an
 * activity another organises — the people (at its own, they are already among the activity's people).
 */
export function attendanceDeliveries(attendance: UnitAttendance, ownActivity: boolean): Delivery[] {
  const at = attendance.checkedInAt;
  const out: Delivery[] = [];
  if (attendance.people > 0 && attendance.hours > 0) out.push({ kind: 'VOLUNTEER_HOURS', amount: attendance.people * attendance.hours, at });
  if (!ownActivity && attendance.people > 0) out.push({ kind: 'PEOPLE', amount: attendance.people, at });
  return out;
}

/**
 * Whether a delivered claim is something the unit gave: a need or a project it claimed and delivered, or
 * its own offer that another party claimed (双向认领). An offer the unit claimed, it received.
 */
export function givenBy(unitId: string, claim: { itemKind: string; claimant: { id: unknown } }, offerOwnerIds: readonly string[]): boolean {
  return claim.itemKind === 'OFFER' ? offerOwnerIds.includes(unitId) : String(claim.claimant.id) === unitId;
}

/** A unit's records, as read for its agreements. */
export interface UnitRecords {
  claims: DeliveredClaim[];
  activities: HeldActivity[];
  attendances: UnitAttendance[];
}

/**
 * What a unit delivered towards its agreement with `partnerId`: only what reached the partner's
 * territory (claims on items there, activities held there) counts for that partner.
 */
export function deliveriesFor(partnerId: string, records: UnitRecords): Delivery[] {
  const inside = (path: readonly unknown[]) => path.some((id) => String(id) === partnerId);
  const own = new Set(records.activities.map((a) => a.id));
  return [
    ...records.claims.filter((c) => inside(c.territoryPath)).flatMap(claimDeliveries),
    ...records.activities.filter((a) => inside(a.territoryPath)).flatMap(activityDeliveries),
    ...records.attendances.filter((a) => inside(a.territoryPath)).flatMap((a) => attendanceDeliveries(a, own.has(a.activityId))),
  ];
}

/** The end of a term: the end of its last (Beijing) day (`expiresOn`), exclusive. */
export function termEnd(term: Term): Date {
  return beijingDayEnd(term.expiresOn);
}

/** The span of a term, [startsOn, end of expiresOn). */
export function termWindow(term: Term): Window {
  return { from: term.startsOn, to: termEnd(term) };
}

/** A calendar year in Beijing time, as a window. */
export function yearWindow(year: number): Window {
  return beijingYear(year);
}

function overlap(a: Window, b: Window): Window | null {
  const from = Math.max(a.from.getTime(), b.from.getTime());
  const to = Math.min(a.to.getTime(), b.to.getTime());
  return to > from ? { from: new Date(from), to: new Date(to) } : null;
}

const length = (w: Window | null) => (w ? w.to.getTime() - w.from.getTime() : 0);

/** One kind of commitment: promised against delivered. */
export interface KindFigures {
  kind: CommitmentKind;
  promised: number;
  delivered: number;
  expected: number;
  shortfall: number;
  progress: number;
  onTrack: boolean;
}

/** How an agreement's commitments are kept over a window (its whole term, or the part inside a year or a period). */
export interface Fulfilment {
  /** Whether any of the term falls inside the window. */
  counted: boolean;
  asOf: Date;
  elapsed: number;
  onTrack: boolean;
  commitments: KindFigures[];
}

const round = (x: number) => Math.round(x * 100) / 100;

/** Figures of one kind from the raw sums; rounded to hundredths, on track when nothing is missing. */
export function kindFigures(kind: CommitmentKind, promised: number, delivered: number, expected: number): KindFigures {
  const shortfall = Math.max(0, expected - delivered);
  return {
    kind,
    promised: round(promised),
    delivered: round(delivered),
    expected: round(expected),
    shortfall: round(shortfall),
    progress: promised > 0 ? round(delivered / promised) : 0,
    // Hundredths of an hour, a yuan or a square metre do not put a unit behind.
    onTrack: shortfall < 0.005,
  };
}

/**
 * An agreement's fulfilment over `window` (by default its whole term) as of `now`. Each kind's promise is
 * the amounts of that kind added up, counted for the share of the term inside the window; what is
 * expected by now is the promise pro rata to the part of the term (inside the window) that has passed;
 * what was delivered, the deliveries inside both. A term not yet begun expects nothing.
 */
export function fulfilmentOf(commitments: readonly PromisedAmount[], term: Term, deliveries: readonly Delivery[], now: Date, window?: Window): Fulfilment {
  const whole = termWindow(term);
  const counted = overlap(whole, window ?? whole);
  const passed = counted ? overlap(counted, { from: counted.from, to: now }) : null;
  const share = length(counted) / length(whole);
  const elapsedShare = length(passed) / length(whole);
  const kinds = COMMITMENT_KINDS.filter((k) => commitments.some((c) => c.kind === k));
  const figures = kinds.map((kind) => {
    const amount = commitments.filter((c) => c.kind === kind).reduce((n, c) => n + c.amount, 0);
    const delivered = counted
      ? deliveries
        .filter((d) => d.kind === kind && d.at.getTime() >= counted.from.getTime() && d.at.getTime() < counted.to.getTime())
        .reduce((n, d) => n + d.amount, 0)
      : 0;
    return kindFigures(kind, amount * share, delivered, amount * elapsedShare);
  });
  const asOf = new Date(Math.min(Math.max(now.getTime(), whole.from.getTime()), whole.to.getTime()));
  return {
    counted: !!counted,
    asOf,
    elapsed: round(Math.min(1, Math.max(0, (asOf.getTime() - whole.from.getTime()) / length(whole)))),
    onTrack: figures.every((f) => f.onTrack),
    commitments: figures,
  };
}

/** Figures of the same kind added up (several agreements of a unit, a territory's agreements). */
export function addUp(rows: readonly KindFigures[]): KindFigures[] {
  return COMMITMENT_KINDS.flatMap((kind) => {
    const of = rows.filter((r) => r.kind === kind);
    if (!of.length) return [];
    const sum = (f: (r: KindFigures) => number) => of.reduce((n, r) => n + f(r), 0);
    const figures = kindFigures(kind, sum((r) => r.promised), sum((r) => r.delivered), sum((r) => r.expected));
    // Added up, a unit ahead on one agreement does not make up for another behind: the shortfall is each agreement's.
    const shortfall = round(sum((r) => r.shortfall));
    return [{ ...figures, shortfall, onTrack: of.every((r) => r.onTrack) }];
  });
}

/** A unit's year (述职评议's "commitments met"): its agreements' figures added up per kind, met when every one is on track. */
export function yearSummary(perAgreement: readonly Fulfilment[]): { agreements: number; commitments: KindFigures[]; met: boolean; metRate: number | null } {
  const counted = perAgreement.filter((f) => f.counted);
  const rows = counted.flatMap((f) => f.commitments);
  return {
    agreements: counted.length,
    commitments: addUp(rows),
    met: rows.every((r) => r.onTrack),
    metRate: rows.length ? round(rows.filter((r) => r.onTrack).length / rows.length) : null,
  };
}

/** A territory's commitments of one kind over a period (Statistics.commitments). */
export interface KindStatistics {
  kind: CommitmentKind;
  agreements: number;
  promised: number;
  delivered: number;
  expected: number;
  shortfall: number;
  behind: number;
}

export function commitmentStatistics(perAgreement: readonly Fulfilment[]): KindStatistics[] {
  const rows = perAgreement.filter((f) => f.counted).flatMap((f) => f.commitments);
  return addUp(rows).map((f) => {
    const of = rows.filter((r) => r.kind === f.kind);
    return {
      kind: f.kind,
      agreements: of.length,
      promised: f.promised,
      delivered: f.delivered,
      expected: f.expected,
      shortfall: f.shortfall,
      behind: of.filter((r) => !r.onTrack).length,
    };
  });
}

/**
 * The order of a committee's shortfall list: furthest behind plan first — delivered as a share of what
 * is expected by now, smallest first (commitments ahead after those behind, those not yet expected
 * last) — then by agreement and kind. As a string that sorts the same way, so a cursor can carry it.
 */
export function shortfallSortKey(agreementId: string, figures: KindFigures): string {
  const ratio = figures.expected > 0 ? Math.min(figures.delivered / figures.expected, 9_999) : 9_999.5;
  return `${String(Math.round(ratio * 1e6)).padStart(11, '0')}:${agreementId}.${figures.kind}`;
}
