import { Types } from 'mongoose';
import { administersUnit, governs, requireGoverns, requirePrincipal, requireUnitOrGoverns } from '../../../platform/access';
import { forbidden, type Principal } from '../../../platform/auth';
import { appendDecision, asDecision, readHistory, type LedgerEntry } from '../../../platform/ledger';
import { isDuplicateKey } from '../../../platform/mongo';
import { isObjectId } from '../../../platform/subgraph';
import { territoryKeys } from '../../../platform/territory';
import { pathToSync, rebasePaths } from '../../../platform/territory-sync';
import { userError, type Outcome, type UserError } from '../../../platform/user-errors';
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
import { normalizeUnitFields, validateUnitFields } from '../domain/units';
import type { MutationResolvers } from '../generated/resolvers';
import type { Context } from '../context';
import type { AgreementDoc, ResidentUnitDoc } from '../models';

const PARTY_ORGANIZATION_KINDS = ['UNIT_PARTY_ORGANIZATION', 'JOINT_PARTY_ORGANIZATION', 'INDUSTRY_COMMITTEE'];

const unitFailure = (...errors: UserError[]) => ({ residentUnit: null, errors });
const agreementFailure = (...errors: UserError[]) => ({ agreement: null, errors });
const notFound = (what: string, field: string) => userError('NOT_FOUND', `${what}不存在 · no such ${field}`, field);

async function loadUnit(ctx: Context, id: string) {
  return isObjectId(id) ? ctx.loaders.residentUnit.load(id) : null;
}

async function loadAgreement(ctx: Context, id: string) {
  return isObjectId(id) ? ctx.loaders.agreement.load(id) : null;
}

/** The unit's Party organisation must be one, and must exist. */
async function checkPartyOrganization(ctx: Context, id: string | null | undefined, field: string): Promise<UserError[]> {
  if (id == null) return [];
  const node = isObjectId(id) ? await ctx.territory.load(id) : null;
  return node && PARTY_ORGANIZATION_KINDS.includes(node.kind)
    ? []
    : [userError('INVALID_PARTY_ORGANIZATION', '单位党组织不存在或类型不符 · not a Party organisation of a unit', field)];
}

/** Registers a credit code to a unit; false when another unit holds it (atomic: unique _id). */
async function claimCreditCode(ctx: Context, code: string, unitId: Types.ObjectId): Promise<boolean> {
  try {
    await ctx.models.CreditCode.create({ _id: code, unitId });
    return true;
  } catch (err) {
    if (isDuplicateKey(err)) return false;
    throw err;
  }
}

const duplicateCode = (field: string) =>
  userError('DUPLICATE_CREDIT_CODE', '该统一社会信用代码已登记 · a unit with this credit code is already registered', field);

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

export const Mutation: MutationResolvers = {
  // After a move in the tree: units (and their street) and agreements follow their community.
  syncUnitsTerritory: async (_root, { organizationId }, ctx) => {
    const prefix = await pathToSync(ctx.principal, ctx.territory, organizationId);
    if (!prefix) return 0;
    const streetOf = async (path: Types.ObjectId[]) => {
      const { streetId } = territoryKeys(await ctx.territory.loadMany(path.map(String)));
      return streetId ? { streetId: new Types.ObjectId(streetId) } : {};
    };
    const counts = await Promise.all([
      rebasePaths(ctx.models.ResidentUnit, 'territoryPath', organizationId, prefix, (_unit, path) => streetOf(path)),
      rebasePaths(ctx.models.Agreement, 'territoryPath', organizationId, prefix),
    ]);
    // Once its copies are in line, tokens issued before the move follow it here too (serve.ts).
    await ctx.moves.record(organizationId, prefix);
    return counts.reduce((a, b) => a + b, 0);
  },

  registerResidentUnit: async (_root, { input }, ctx) => {
    const principal = requirePrincipal(ctx.principal);
    const community = isObjectId(input.communityId) ? await ctx.territory.load(input.communityId) : null;
    if (!community || community.kind !== 'COMMUNITY') {
      return unitFailure(userError('INVALID_COMMUNITY', '所在社区不存在 · no such community', 'input.communityId'));
    }
    requireGoverns(principal, community.path, 'register units in this community');
    const errors = [
      ...validateUnitFields(input),
      ...(await checkPartyOrganization(ctx, input.partyOrganizationId, 'input.partyOrganizationId')),
    ];
    if (errors.length) return unitFailure(...errors);

    const fields = normalizeUnitFields(input);
    const _id = new Types.ObjectId();
    if (fields.creditCode && !(await claimCreditCode(ctx, fields.creditCode, _id))) {
      return unitFailure(duplicateCode('input.creditCode'));
    }
    const path = community.path.map((id) => new Types.ObjectId(id));
    const unit = await ctx.models.ResidentUnit.create({
      _id,
      name: fields.name!,
      kind: input.kind,
      creditCode: fields.creditCode ?? null,
      address: fields.address ?? null,
      location: fields.location ?? null,
      contact: fields.contact ?? null,
      capabilities: fields.capabilities ?? [],
      communityId: path.at(-1),
      streetId: path.at(-2),
      territoryPath: path,
      partyOrganizationId: input.partyOrganizationId ? new Types.ObjectId(input.partyOrganizationId) : null,
    });
    return { residentUnit: unit.toObject() as ResidentUnitDoc, errors: [] };
  },

  updateResidentUnit: async (_root, { id, input }, ctx) => {
    const unit = await loadUnit(ctx, id);
    if (!unit) return unitFailure(notFound('驻区单位', 'id'));
    requireUnitOrGoverns(ctx.principal, unit, 'change this unit');
    const errors = [
      ...validateUnitFields(input),
      ...(await checkPartyOrganization(ctx, input.partyOrganizationId, 'input.partyOrganizationId')),
    ];
    if (errors.length) return unitFailure(...errors);

    const fields = normalizeUnitFields(input);
    const set: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(fields)) if (value !== undefined && value !== null) set[key] = value;
    if (input.kind) set.kind = input.kind;
    if (input.partyOrganizationId) set.partyOrganizationId = new Types.ObjectId(input.partyOrganizationId);
    if (fields.creditCode && fields.creditCode !== unit.creditCode) {
      if (!(await claimCreditCode(ctx, fields.creditCode, unit._id))) return unitFailure(duplicateCode('input.creditCode'));
      if (unit.creditCode) await ctx.models.CreditCode.deleteOne({ _id: unit.creditCode, unitId: unit._id });
    }
    const updated = await ctx.models.ResidentUnit.findByIdAndUpdate(unit._id, { $set: set }, { returnDocument: 'after' }).lean();
    return { residentUnit: updated as ResidentUnitDoc, errors: [] };
  },

  draftAgreement: async (_root, { input }, ctx) => {
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
  },

  signAgreement: async (_root, { id }, ctx) => {
    const principal = requirePrincipal(ctx.principal);
    const agreement = await loadAgreement(ctx, id);
    if (!agreement) return agreementFailure(notFound('协议', 'id'));
    const side = sideOf(principal, agreement);
    return recordAgreementEvent(ctx, agreement, principal.subject, (history) => decideSignature(history, agreement, side, ctx.now));
  },

  terminateAgreement: async (_root, { id, reason }, ctx) => {
    const principal = requirePrincipal(ctx.principal);
    const agreement = await loadAgreement(ctx, id);
    if (!agreement) return agreementFailure(notFound('协议', 'id'));
    sideOf(principal, agreement);
    return recordAgreementEvent(ctx, agreement, principal.subject, (history) => decideTermination(history, agreement, reason, ctx.now));
  },

  withdrawAgreement: async (_root, { id }, ctx) => {
    const principal = requirePrincipal(ctx.principal);
    const agreement = await loadAgreement(ctx, id);
    if (!agreement) return agreementFailure(notFound('协议', 'id'));
    const side = sideOf(principal, agreement);
    return recordAgreementEvent(ctx, agreement, principal.subject, (history) => decideWithdrawal(history, agreement, side));
  },

  renewAgreement: async (_root, { id, expiresOn, commitments }, ctx) => {
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
  },

  evaluateResidentUnit: async (_root, { input }, ctx) => {
    const principal = requirePrincipal(ctx.principal);
    const failure = (...errors: UserError[]) => ({ evaluation: null, errors });
    const unit = await loadUnit(ctx, input.unitId);
    if (!unit) return failure(notFound('驻区单位', 'input.unitId'));
    const community = isObjectId(input.communityId) ? await ctx.territory.load(input.communityId) : null;
    if (!community || community.kind !== 'COMMUNITY') {
      return failure(userError('INVALID_COMMUNITY', '评价社区不存在 · no such community', 'input.communityId'));
    }
    requireGoverns(principal, community.path, 'evaluate units for this community');

    const errors: UserError[] = [];
    const thisYear = ctx.now.getUTCFullYear();
    if (!Number.isInteger(input.year) || input.year < 2000 || input.year > thisYear) {
      errors.push(userError('INVALID_YEAR', `年度须在2000至${thisYear}之间 · the year is 2000 to ${thisYear}`, 'input.year'));
    }
    if (!Number.isInteger(input.score) || input.score < 1 || input.score > 5) {
      errors.push(userError('INVALID_SCORE', '评分须为1至5分 · the score is 1 to 5', 'input.score'));
    }
    if (input.comment != null && input.comment.length > 500) {
      errors.push(userError('INVALID_COMMENT', '评语不得超过500字 · a comment has at most 500 characters', 'input.comment'));
    }
    const located = String(unit.communityId) === input.communityId;
    const partnered = located || (await ctx.models.Agreement.exists({ unitId: unit._id, partnerId: new Types.ObjectId(input.communityId), status: 'ACTIVE' }));
    if (!partnered) {
      errors.push(userError('NOT_A_PARTNER', '该单位不在本社区,也未与本社区签订协议 · the unit is neither located in nor partnered with this community', 'input.unitId'));
    }
    if (errors.length) return failure(...errors);
    try {
      const evaluation = await ctx.models.Evaluation.create({
        unitId: unit._id,
        communityId: new Types.ObjectId(input.communityId),
        year: input.year,
        score: input.score,
        comment: input.comment?.trim() || null,
        evaluatedBy: principal.subject,
        createdAt: ctx.now,
      });
      return { evaluation: evaluation.toObject(), errors: [] };
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      return failure(userError('ALREADY_EVALUATED', '本年度已评价过该单位 · this unit has already been evaluated for that year by this community', 'input.year'));
    }
  },
};
