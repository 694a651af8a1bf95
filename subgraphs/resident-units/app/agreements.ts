import { Types } from 'mongoose';
import { administersUnit, governs, requirePrincipal } from '../../../platform/auth/access';
import { forbidden, type Principal } from '../../../platform/auth/tokens';
import { appendDecision, asDecision, readHistory, type LedgerEntry } from '../../../platform/data/ledger';
import { isObjectId } from '../../../platform/server/subgraph';
import { userError, type Outcome, type UserError } from '../../../platform/rules/user-errors';
import {
  decideSignature,
  decideTermination,
  decideWithdrawal,
  effectiveStatus,
  pairKey,
  renewalStart,
  validateCommitments,
  validateTerm,
  type AgreementEvent,
  type AgreementLedgerData,
  type Side,
} from '../domain/agreements';
import type { AgreementDoc } from '../models';
import { loadUnit, notFound } from './units';
import type { Context } from '../context';
import type {
  MutationDraftAgreementArgs,
  MutationRenewAgreementArgs,
  MutationSignAgreementArgs,
  MutationTerminateAgreementArgs,
  MutationWithdrawAgreementArgs,
} from '../generated/resolvers';

/* Commands on co-building agreements (共建协议): draft, sign, terminate, withdraw, renew; each decided on the pair's ledger. */

const agreementFailure = (...errors: UserError[]) => ({ agreement: null, errors });

async function loadAgreement(ctx: Context, id: string) {
  return isObjectId(id) ? ctx.loaders.agreement.load(id) : null;
}

/** Which side of the agreement the principal acts for, or FORBIDDEN. */
function sideOf(principal: Principal, agreement: AgreementDoc): Side {
  if (administersUnit(principal, agreement.unitId)) return 'UNIT';
  if (governs(principal, agreement.territoryPath)) return 'PARTNER';
  throw forbidden("Only the unit's admins or the partner's Party committee may act on this agreement");
}

/** Appends the decided event to the pair ledger, then brings the agreement document in line with it. */
async function recordAgreementEvent(
  ctx: Context,
  agreement: AgreementDoc,
  actor: string,
  decide: (history: LedgerEntry<AgreementLedgerData>[]) => ReturnType<typeof decideSignature>,
) {
  const key = pairKey(agreement.unitId, agreement.partnerId);
  const outcome = await appendDecision<LedgerEntry<AgreementLedgerData>[], AgreementLedgerData, AgreementEvent>({
    ledger: ctx.models.AgreementLedger,
    key,
    actor,
    read: () => readHistory<AgreementLedgerData>(ctx.models.AgreementLedger, key),
    decide: (history) => asDecision<AgreementEvent, AgreementLedgerData>(decide(history) as Outcome<AgreementEvent & { data: AgreementLedgerData }>),
  });
  if (!outcome.ok) return agreementFailure(...outcome.errors);
  const event = outcome.value.result;
  const at = outcome.value.entry.at;
  const update: Partial<AgreementDoc> =
    event.action === 'TERMINATE'
      ? { status: 'TERMINATED', terminationReason: event.data.reason }
      : event.action === 'WITHDRAW'
        ? { status: 'WITHDRAWN' }
        : {
          [event.data.side === 'UNIT' ? 'unitSignedAt' : 'partnerSignedAt']: at,
          ...(event.action === 'ACTIVATE' ? { status: 'ACTIVE' as const } : {}),
        };
  const updated = await ctx.models.Agreement.findByIdAndUpdate(agreement._id, { $set: update }, { returnDocument: 'after' }).lean();
  return { agreement: updated as AgreementDoc, errors: [] };
}

export async function draftAgreement(ctx: Context, { input }: MutationDraftAgreementArgs) {
  const principal = requirePrincipal(ctx.principal);
  const unit = await loadUnit(ctx, input.unitId);
  if (!unit) return agreementFailure(notFound('驻区单位', 'input.unitId'));
  // A unit partners with the community it is in, or that community's street (属地).
  const partnerAt = unit.territoryPath.findIndex((id) => String(id) === input.partnerId);
  const partner = partnerAt >= 0 ? await ctx.territory.load(input.partnerId) : null;
  if (!partner || !['COMMUNITY', 'STREET'].includes(partner.kind)) {
    return agreementFailure(
      userError('INVALID_PARTNER', '共建方须为单位所在的社区或街道 · the partner must be the unit’s community or street', 'input.partnerId'),
    );
  }
  const partnerPath = unit.territoryPath.slice(0, partnerAt + 1);
  if (!administersUnit(principal, unit._id) && !governs(principal, partnerPath)) {
    throw forbidden("Only the unit's admins or the partner's Party committee may draft this agreement");
  }
  const errors = [...validateTerm(input.startsOn, input.expiresOn), ...validateCommitments(input.commitments)];
  if (errors.length) return agreementFailure(...errors);
  const agreement = await ctx.models.Agreement.create({
    unitId: unit._id,
    partnerId: new Types.ObjectId(input.partnerId),
    territoryPath: partnerPath,
    startsOn: input.startsOn,
    expiresOn: input.expiresOn,
    commitments: input.commitments.map((c) => ({ ...c, description: c.description.trim() })),
  });
  return { agreement: agreement.toObject() as AgreementDoc, errors: [] };
}

export async function signAgreement(ctx: Context, { id }: MutationSignAgreementArgs) {
  const principal = requirePrincipal(ctx.principal);
  const agreement = await loadAgreement(ctx, id);
  if (!agreement) return agreementFailure(notFound('协议', 'id'));
  const side = sideOf(principal, agreement);
  return recordAgreementEvent(ctx, agreement, principal.subject, (history) => decideSignature(history, agreement, side, ctx.now));
}

export async function terminateAgreement(ctx: Context, { id, reason }: MutationTerminateAgreementArgs) {
  const principal = requirePrincipal(ctx.principal);
  const agreement = await loadAgreement(ctx, id);
  if (!agreement) return agreementFailure(notFound('协议', 'id'));
  sideOf(principal, agreement);
  return recordAgreementEvent(ctx, agreement, principal.subject, (history) => decideTermination(history, agreement, reason, ctx.now));
}

export async function withdrawAgreement(ctx: Context, { id }: MutationWithdrawAgreementArgs) {
  const principal = requirePrincipal(ctx.principal);
  const agreement = await loadAgreement(ctx, id);
  if (!agreement) return agreementFailure(notFound('协议', 'id'));
  const side = sideOf(principal, agreement);
  return recordAgreementEvent(ctx, agreement, principal.subject, (history) => decideWithdrawal(history, agreement, side));
}

export async function renewAgreement(ctx: Context, { id, expiresOn, commitments }: MutationRenewAgreementArgs) {
  const principal = requirePrincipal(ctx.principal);
  const current = await loadAgreement(ctx, id);
  if (!current) return agreementFailure(notFound('协议', 'id'));
  sideOf(principal, current);
  if (!['ACTIVE', 'EXPIRED'].includes(effectiveStatus(current, ctx.now))) {
    return agreementFailure(userError('INVALID_STATE', '只能续签生效中或已到期的协议 · only an active or expired agreement can be renewed'));
  }
  const startsOn = renewalStart(current);
  const next = commitments ?? current.commitments;
  const errors = [...validateTerm(startsOn, expiresOn, 'expiresOn').map((e) => ({ ...e, field: 'expiresOn' })), ...validateCommitments(next, 'commitments')];
  if (errors.length) return agreementFailure(...errors);
  const renewal = await ctx.models.Agreement.create({
    unitId: current.unitId,
    partnerId: current.partnerId,
    territoryPath: current.territoryPath,
    startsOn,
    expiresOn,
    commitments: next,
    renewalOfId: current._id,
  });
  return { agreement: renewal.toObject() as AgreementDoc, errors: [] };
}
