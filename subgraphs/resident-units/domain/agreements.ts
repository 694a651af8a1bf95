import { beijingDayStart } from '../../../platform/rules/beijing-time';
import type { LedgerEntry } from '../../../platform/data/ledger';
import { failed, ok, userError, type Outcome, type UserError } from '../../../platform/rules/user-errors';
import type { AgreementDoc, AgreementStatus, Commitment } from '../models';

/**
 * The rules of co-building agreements (共建协议), as plain functions:
 * terms, commitments, the two signatures, no two overlapping agreements in
 * force between the same unit and partner, termination and renewal.
 */

const DAY = 86_400_000;
const MAX_TERM_YEARS = 5;

export type Side = 'UNIT' | 'PARTNER';

/** What the pair ledger records, per agreement. */
export type AgreementEvent =
  | { action: 'SIGN'; data: { agreementId: string; side: Side } }
  | { action: 'ACTIVATE'; data: { agreementId: string; side: Side; startsOn: string; expiresOn: string } }
  | { action: 'TERMINATE'; data: { agreementId: string; reason: string } }
  | { action: 'WITHDRAW'; data: { agreementId: string; side: Side } };

export type AgreementLedgerData = AgreementEvent['data'] & Record<string, unknown>;

/** The ledger key that serialises every state change between one unit and one partner. */
export const pairKey = (unitId: unknown, partnerId: unknown) => `${String(unitId)}:${String(partnerId)}`;

/**
 * The status a reader sees. Both sides' signatures make an agreement binding (stored ACTIVE), but it
 * is in force only within its term: before its first day it reads as SIGNED (已签署,待生效), past its
 * last as EXPIRED. (Signing ahead of the term is how it is done — a pact for next year is signed at
 * the year's end — so the second signature is not refused; the agreement just is not ACTIVE yet.)
 */
export function effectiveStatus(agreement: Pick<AgreementDoc, 'status' | 'startsOn' | 'expiresOn'>, now: Date): AgreementStatus {
  if (agreement.status !== 'ACTIVE') return agreement.status;
  if (agreement.startsOn.getTime() > now.getTime()) return 'SIGNED';
  if (agreement.expiresOn.getTime() < startOfDay(now).getTime()) return 'EXPIRED';
  return 'ACTIVE';
}

/** The stored-document filter for agreements whose effective status is `status`. */
export function statusFilter(status: AgreementStatus, now: Date): Record<string, unknown> {
  const today = startOfDay(now);
  switch (status) {
    case 'SIGNED':
      return { status: 'ACTIVE', startsOn: { $gt: now } };
    case 'ACTIVE':
      return { status: 'ACTIVE', startsOn: { $lte: now }, expiresOn: { $gte: today } };
    case 'EXPIRED':
      return { status: 'ACTIVE', expiresOn: { $lt: today } };
    default:
      return { status };
  }
}

/** The start of `date`'s day: a term's days are Beijing days (platform/rules/beijing-time). */
export const startOfDay = beijingDayStart;

export function validateTerm(startsOn: Date, expiresOn: Date, field = 'input'): UserError[] {
  if (expiresOn.getTime() <= startsOn.getTime()) {
    return [userError('DATES_OUT_OF_ORDER', '到期日期必须晚于生效日期 · expiresOn must be after startsOn', `${field}.expiresOn`)];
  }
  if (expiresOn.getTime() - startsOn.getTime() > MAX_TERM_YEARS * 366 * DAY) {
    return [userError('TERM_TOO_LONG', `协议期限不得超过${MAX_TERM_YEARS}年 · a term is at most ${MAX_TERM_YEARS} years`, `${field}.expiresOn`)];
  }
  return [];
}

export function validateCommitments(commitments: Commitment[], field = 'input.commitments'): UserError[] {
  const errors: UserError[] = [];
  if (commitments.length < 1 || commitments.length > 20) {
    errors.push(userError('INVALID_COMMITMENTS', '承诺事项须为1至20项 · 1 to 20 commitments', field));
  }
  commitments.forEach((c, i) => {
    const description = c.description.trim();
    if (description.length < 1 || description.length > 200) {
      errors.push(userError('INVALID_COMMITMENTS', '承诺说明须为1至200字 · a description has 1 to 200 characters', `${field}.${i}.description`));
    }
    if (!(Number.isFinite(c.amount) && c.amount > 0 && c.amount <= 1e9)) {
      errors.push(userError('INVALID_COMMITMENTS', '承诺数量须大于0 · an amount is more than 0', `${field}.${i}.amount`));
    }
  });
  return errors;
}

interface Term {
  agreementId: string;
  startsOn: Date;
  expiresOn: Date;
}

/** The agreements in force according to the pair's ledger: activated and not terminated. */
export function termsInForce(history: LedgerEntry<AgreementLedgerData>[]): Term[] {
  const terminated = new Set(history.filter((e) => e.action === 'TERMINATE').map((e) => e.data.agreementId));
  return history
    .filter((e) => e.action === 'ACTIVATE' && !terminated.has(e.data.agreementId))
    .map((e) => {
      const data = e.data as Extract<AgreementEvent, { action: 'ACTIVATE' }>['data'];
      return { agreementId: data.agreementId, startsOn: new Date(data.startsOn), expiresOn: new Date(data.expiresOn) };
    });
}

/**
 * Decides a signature on the pair's history: the second side to sign
 * activates the agreement, unless another agreement of the same pair is in
 * force for an overlapping term.
 */
export function decideSignature(
  history: LedgerEntry<AgreementLedgerData>[],
  agreement: Pick<AgreementDoc, '_id' | 'status' | 'startsOn' | 'expiresOn'>,
  side: Side,
  now: Date,
): Outcome<AgreementEvent> {
  const id = String(agreement._id);
  const mine = history.filter((e) => e.data.agreementId === id);
  if (mine.some((e) => e.action !== 'SIGN') || agreement.status !== 'DRAFT') {
    return failed(userError('INVALID_STATE', '只能签署草稿状态的协议 · only a draft can be signed'));
  }
  if (agreement.expiresOn.getTime() < startOfDay(now).getTime()) {
    return failed(userError('INVALID_STATE', '协议期限已过 · the term has already ended'));
  }
  const signed = new Set(mine.filter((e) => e.action === 'SIGN').map((e) => (e.data as { side: Side }).side));
  if (signed.has(side)) return failed(userError('ALREADY_SIGNED', '本方已签署 · your side has already signed'));
  const otherSide: Side = side === 'UNIT' ? 'PARTNER' : 'UNIT';
  if (!signed.has(otherSide)) return ok({ action: 'SIGN', data: { agreementId: id, side } });

  const clash = termsInForce(history).find(
    (t) => t.startsOn.getTime() <= agreement.expiresOn.getTime() && agreement.startsOn.getTime() <= t.expiresOn.getTime(),
  );
  if (clash) {
    return failed(
      userError('OVERLAPPING_AGREEMENT', `同一单位与共建方已有生效协议(${clash.agreementId})期限重叠 · an agreement in force overlaps this term`),
    );
  }
  return ok({
    action: 'ACTIVATE',
    data: { agreementId: id, side, startsOn: agreement.startsOn.toISOString(), expiresOn: agreement.expiresOn.toISOString() },
  });
}

export function decideTermination(
  history: LedgerEntry<AgreementLedgerData>[],
  agreement: Pick<AgreementDoc, '_id' | 'status' | 'startsOn' | 'expiresOn'>,
  reason: string,
  now: Date,
): Outcome<AgreementEvent> {
  const trimmed = reason.trim();
  if (trimmed.length < 2 || trimmed.length > 500) {
    return failed(userError('INVALID_REASON', '终止原因须为2至500字 · a reason has 2 to 500 characters', 'reason'));
  }
  const inForce = termsInForce(history).some((t) => t.agreementId === String(agreement._id));
  if (!inForce || !['ACTIVE', 'SIGNED'].includes(effectiveStatus(agreement, now))) {
    return failed(
      userError('INVALID_STATE', '只能终止生效中或已签署待生效的协议;草稿请撤回 · only a signed agreement that has not ended can be terminated (withdraw a draft)'),
    );
  }
  return ok({ action: 'TERMINATE', data: { agreementId: String(agreement._id), reason: trimmed } });
}

/**
 * Either side may withdraw a draft (撤回) until both have signed — one signature or none. Decided on
 * the pair's ledger like a signature, so a withdrawal and the second signature at the same moment
 * cannot both succeed.
 */
export function decideWithdrawal(
  history: LedgerEntry<AgreementLedgerData>[],
  agreement: Pick<AgreementDoc, '_id' | 'status'>,
  side: Side,
): Outcome<AgreementEvent> {
  const id = String(agreement._id);
  if (history.some((e) => e.data.agreementId === id && e.action !== 'SIGN') || agreement.status !== 'DRAFT') {
    return failed(userError('INVALID_STATE', '只能撤回双方尚未都签署的草稿;已签署的协议请终止 · only a draft can be withdrawn (terminate a signed agreement)'));
  }
  return ok({ action: 'WITHDRAW', data: { agreementId: id, side } });
}

/** The next term of a renewal starts the day after the current one ends. */
export function renewalStart(current: Pick<AgreementDoc, 'expiresOn'>): Date {
  return new Date(startOfDay(current.expiresOn).getTime() + DAY);
}
