import { Types } from 'mongoose';
import { requireGoverns, requirePrincipal } from '../../../platform/auth/access';
import { appendDecision, asDecision, readHistory, type LedgerEntry } from '../../../platform/data/ledger';
import { isObjectId } from '../../../platform/server/subgraph';
import { isDuplicateKey } from '../../../platform/data/unique-keys';
import { userError, type Outcome, type UserError } from '../../../platform/rules/user-errors';
import {
  COMMITTEE_KINDS,
  committeeKey,
  decideEnd,
  decideSeat,
  seatTerms,
  type CommitteeEvent,
  type CommitteeLedgerData,
  type SeatData,
  type SeatTerm,
} from '../domain/committee';
import { KIND_LABEL, pathOf } from '../domain/tree';
import { load, noSuch } from './organizations';
import type { Context } from '../context';
import type { MutationAddCommitteeSeatArgs, MutationEndCommitteeSeatArgs } from '../generated/resolvers';

/* Commands on a big Party committee's seats (社区大党委 · 兼职委员), each decided on the committee's ledger. */

const seatFailure = (...errors: UserError[]) => ({ seat: null, errors });

/**
 * Decides a change of a committee's seats on what it holds now — its stored seats and its ledger —
 * appends it to the ledger (the unique sequence makes concurrent changes take turns), then writes the
 * seat document.
 */
async function decideOnCommittee(ctx: Context, organizationId: Types.ObjectId, actor: string, decide: (seats: SeatTerm[]) => Outcome<CommitteeEvent>) {
  const key = committeeKey(organizationId);
  return appendDecision<SeatTerm[], CommitteeLedgerData, CommitteeEvent>({
    ledger: ctx.models.CommitteeLedger,
    key,
    actor,
    read: async () => {
      const [{ lastSeq, view: history }, stored] = await Promise.all([
        readHistory<CommitteeLedgerData>(ctx.models.CommitteeLedger, key),
        ctx.models.CommitteeSeat.find({ organizationId }).lean(),
      ]);
      // A seat the ledger holds but whose document was never written (its writer died in between) is written now.
      const unwritten = new Set(history.map((e) => e.data.seatId).filter((seatId) => !stored.some((s) => String(s._id) === seatId)));
      for (const entry of history.filter((e) => unwritten.has(e.data.seatId))) await writeSeat(ctx, organizationId, entry);
      return { lastSeq, view: seatTerms(stored, history) };
    },
    decide: (seats) => asDecision<CommitteeEvent, CommitteeLedgerData>(decide(seats) as Outcome<CommitteeEvent & { data: CommitteeLedgerData }>),
    after: (entry) => writeSeat(ctx, organizationId, entry),
  });
}

/** Brings the seat documents in line with a ledger entry; writing one twice changes nothing. */
async function writeSeat(ctx: Context, organizationId: Types.ObjectId, entry: LedgerEntry<CommitteeLedgerData>) {
  if (entry.action === 'END') {
    const { seatId, termEnd } = entry.data as { seatId: string; termEnd: string };
    await ctx.models.CommitteeSeat.updateOne({ _id: new Types.ObjectId(seatId) }, { $set: { termEnd: new Date(termEnd) } });
    return;
  }
  const seat = entry.data as SeatData;
  try {
    await ctx.models.CommitteeSeat.create({
      _id: new Types.ObjectId(seat.seatId),
      organizationId,
      memberId: new Types.ObjectId(seat.memberId),
      role: seat.role,
      partTime: seat.partTime,
      unitId: seat.unitId ? new Types.ObjectId(seat.unitId) : null,
      termStart: new Date(seat.termStart),
      termEnd: seat.termEnd ? new Date(seat.termEnd) : null,
    });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
  }
}

export async function addCommitteeSeat(ctx: Context, { input }: MutationAddCommitteeSeatArgs) {
  const principal = requirePrincipal(ctx.principal);
  const org = await load(ctx, input.organizationId);
  if (!org) return seatFailure(noSuch('input.organizationId'));
  requireGoverns(principal, pathOf(org), 'seat members on its committee');
  if (!COMMITTEE_KINDS.includes(org.kind)) {
    return seatFailure(
      userError(
        'NO_COMMITTEE_SEATS',
        `${KIND_LABEL[org.kind]}不设大党委委员席位,只有社区大党委和街道大工委设委员 · only a community's or a street's committee has seats`,
        'input.organizationId',
      ),
    );
  }
  const [member, unit] = await Promise.all([
    isObjectId(input.memberId) ? ctx.members.load(input.memberId) : null,
    input.unitId && isObjectId(input.unitId) ? ctx.units.load(input.unitId) : null,
  ]);
  const errors: UserError[] = [];
  if (!member) errors.push(userError('NOT_FOUND', '党员不存在 · no such member', 'input.memberId'));
  if (input.partTime && !input.unitId) errors.push(userError('UNIT_REQUIRED', '兼职委员须注明所在单位 · a part-time seat names the unit', 'input.unitId'));
  if (input.unitId && !unit) errors.push(userError('NOT_FOUND', '驻区单位不存在 · no such resident unit', 'input.unitId'));
  // A part-time member (兼职委员) sits for the unit whose Party organisation they lead: their own employer.
  if (input.partTime && member && unit && member.employerId !== unit.id) {
    errors.push(
      userError('NOT_EMPLOYED_BY_UNIT', '兼职委员须是所填单位的在职党员,该党员的工作单位不是这个单位 · a part-time seat is for a member who works for that unit', 'input.unitId'),
    );
  }
  if (input.termEnd && input.termEnd.getTime() <= input.termStart.getTime()) {
    errors.push(userError('DATES_OUT_OF_ORDER', '任期结束须晚于开始 · the term must end after it starts', 'input.termEnd'));
  }
  if (errors.length) return seatFailure(...errors);
  const seatId = new Types.ObjectId();
  const seat: SeatData = {
    seatId: String(seatId),
    memberId: input.memberId,
    role: input.role,
    partTime: input.partTime,
    unitId: input.unitId ?? null,
    termStart: input.termStart.toISOString(),
    termEnd: input.termEnd?.toISOString() ?? null,
  };
  const outcome = await decideOnCommittee(ctx, org._id, principal.subject, (seats) => decideSeat(seats, seat));
  if (!outcome.ok) return seatFailure(...outcome.errors);
  return { seat: (await ctx.models.CommitteeSeat.findById(seatId).lean())!, errors: [] };
}

export async function endCommitteeSeat(ctx: Context, { id, endsOn }: MutationEndCommitteeSeatArgs) {
  const principal = requirePrincipal(ctx.principal);
  const seat = isObjectId(id) ? await ctx.models.CommitteeSeat.findById(id).lean() : null;
  const org = seat ? await ctx.loaders.organization.load(String(seat.organizationId)) : null;
  if (!seat || !org) return seatFailure(userError('NOT_FOUND', '席位不存在 · no such seat', 'id'));
  requireGoverns(principal, pathOf(org), 'end seats on its committee');
  const outcome = await decideOnCommittee(ctx, org._id, principal.subject, (seats) => decideEnd(seats, String(seat._id), endsOn));
  if (!outcome.ok) return seatFailure(...outcome.errors);
  return { seat: (await ctx.models.CommitteeSeat.findById(seat._id).lean())!, errors: [] };
}
