import { Types } from 'mongoose';
import { requireGoverns, requirePrincipal, requireUnitOrGoverns } from '../../../platform/auth/access';
import { isDuplicateKey } from '../../../platform/data/mongo';
import { isObjectId } from '../../../platform/server/subgraph';
import { userError, type UserError } from '../../../platform/rules/user-errors';
import { normalizeUnitFields, validateUnitFields } from '../domain/units';
import type { ResidentUnitDoc } from '../models';
import type { Context } from '../context';
import type {
  MutationEvaluateResidentUnitArgs,
  MutationRegisterResidentUnitArgs,
  MutationUpdateResidentUnitArgs,
} from '../generated/resolvers';

/* Commands on resident units (驻区单位): register, update, the community's yearly evaluation. */

const PARTY_ORGANIZATION_KINDS = ['UNIT_PARTY_ORGANIZATION', 'JOINT_PARTY_ORGANIZATION', 'INDUSTRY_COMMITTEE'];

const unitFailure = (...errors: UserError[]) => ({ residentUnit: null, errors });

export const notFound = (what: string, field: string) => userError('NOT_FOUND', `${what}不存在 · no such ${field}`, field);

export async function loadUnit(ctx: Context, id: string) {
  return isObjectId(id) ? ctx.loaders.residentUnit.load(id) : null;
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

export async function registerResidentUnit(ctx: Context, { input }: MutationRegisterResidentUnitArgs) {
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
}

export async function updateResidentUnit(ctx: Context, { id, input }: MutationUpdateResidentUnitArgs) {
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
}

export async function evaluateResidentUnit(ctx: Context, { input }: MutationEvaluateResidentUnitArgs) {
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
}
