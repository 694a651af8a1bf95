import type { LedgerEntry } from '../../../platform/data/ledger';
import { failed, ok, userError, type Outcome, type UserError } from '../../../platform/rules/user-errors';
import type { CommitteeSeatDoc, OrganizationKind, SeatRole } from '../models';

/**
 * The rules of a committee's seats (委员席位), as plain functions: who may hold a seat, one seat per
 * member at a time, one secretary (书记) at a time.
 *
 * Only a community's big Party committee (社区大党委) and a street's working committee (街道大工委)
 * have seats: a grid branch, a building group or a unit's Party organisation has no big committee.
 */
export const COMMITTEE_KINDS: readonly OrganizationKind[] = ['STREET', 'COMMUNITY'];

/**
 * "One secretary at a time" is about overlapping terms, which no unique index can express; so every
 * seat added or ended is decided on the committee's ledger, whose unique (key, sequence) index lets
 * only one of two concurrent writers append the next entry — the other decides again, on a ledger
 * that now holds the first one's seat.
 */
export const committeeKey = (organizationId: unknown) => `committee:${String(organizationId)}`;

export type CommitteeEvent =
  | {
      action: 'SEAT';
      data: { seatId: string; memberId: string; role: SeatRole; partTime: boolean; unitId: string | null; termStart: string; termEnd: string | null };
    }
  | { action: 'END'; data: { seatId: string; termEnd: string } };

export type CommitteeLedgerData = CommitteeEvent['data'] & Record<string, unknown>;
export type SeatData = Extract<CommitteeEvent, { action: 'SEAT' }>['data'];

/** A seat as the rules see it: who, in what role, from which day to which (an open term has no end). */
export interface SeatTerm {
  seatId: string;
  memberId: string;
  role: SeatRole;
  termStart: Date;
  termEnd: Date | null;
}

/**
 * The committee's seats: those stored — seats from before the ledger was kept among them — with what
 * the ledger adds or changes (an entry whose seat document is not written yet counts already).
 */
export function seatTerms(stored: CommitteeSeatDoc[], history: LedgerEntry<CommitteeLedgerData>[]): SeatTerm[] {
  const terms = new Map<string, SeatTerm>(
    stored.map((s) => [String(s._id), { seatId: String(s._id), memberId: String(s.memberId), role: s.role, termStart: s.termStart, termEnd: s.termEnd ?? null }]),
  );
  for (const entry of history) {
    if (entry.action === 'SEAT') {
      const seat = entry.data as SeatData;
      terms.set(seat.seatId, {
        seatId: seat.seatId,
        memberId: seat.memberId,
        role: seat.role,
        termStart: new Date(seat.termStart),
        termEnd: seat.termEnd ? new Date(seat.termEnd) : null,
      });
    } else if (entry.action === 'END') {
      const { seatId, termEnd } = entry.data as { seatId: string; termEnd: string };
      const term = terms.get(seatId);
      if (term) terms.set(seatId, { ...term, termEnd: new Date(termEnd) });
    }
  }
  return [...terms.values()];
}

/** Two terms share a day (a term includes its first and its last day). */
const overlap = (a: Pick<SeatTerm, 'termStart' | 'termEnd'>, b: Pick<SeatTerm, 'termStart' | 'termEnd'>) =>
  a.termStart.getTime() <= (b.termEnd?.getTime() ?? Infinity) && b.termStart.getTime() <= (a.termEnd?.getTime() ?? Infinity);

/** What stops `seat` being held beside the committee's other seats, if anything. */
function clash(seats: SeatTerm[], seat: SeatTerm, fields: { member: string; role: string }): UserError | null {
  const alongside = seats.filter((s) => s.seatId !== seat.seatId && overlap(s, seat));
  if (alongside.some((s) => s.memberId === seat.memberId)) {
    return userError('ALREADY_SEATED', '该党员已在本届委员会任职 · the member already holds a seat for that time', fields.member);
  }
  if (seat.role === 'SECRETARY' && alongside.some((s) => s.role === 'SECRETARY')) {
    return userError(
      'SECRETARY_TAKEN',
      '该委员会在这段任期内已有书记,同一时间只能有一名书记;请先为现任书记办理离任 · the committee already has a secretary for that time',
      fields.role,
    );
  }
  return null;
}

export function decideSeat(seats: SeatTerm[], seat: SeatData): Outcome<CommitteeEvent> {
  const term: SeatTerm = { ...seat, termStart: new Date(seat.termStart), termEnd: seat.termEnd ? new Date(seat.termEnd) : null };
  const error = clash(seats, term, { member: 'input.memberId', role: 'input.role' });
  return error ? failed(error) : ok({ action: 'SEAT', data: seat });
}

/** Ending a seat on another day: not before it started, and not so late that it overlaps a successor. */
export function decideEnd(seats: SeatTerm[], seatId: string, endsOn: Date): Outcome<CommitteeEvent> {
  const seat = seats.find((s) => s.seatId === seatId);
  if (!seat) return failed(userError('NOT_FOUND', '席位不存在 · no such seat', 'id'));
  if (endsOn.getTime() < seat.termStart.getTime()) {
    return failed(userError('DATES_OUT_OF_ORDER', '离任日期不能早于任期开始 · it cannot end before it started', 'endsOn'));
  }
  const error = clash(seats, { ...seat, termEnd: endsOn }, { member: 'endsOn', role: 'endsOn' });
  return error ? failed(error) : ok({ action: 'END', data: { seatId, termEnd: endsOn.toISOString() } });
}
