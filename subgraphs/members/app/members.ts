import { Types } from 'mongoose';
import { governs, requireGoverns, requirePrincipal } from '../../../platform/auth/access';
import { forbidden } from '../../../platform/auth/tokens';
import { isObjectId } from '../../../platform/server/subgraph';
import { claimUniqueKey, releaseUniqueKey } from '../../../platform/data/unique-keys';
import { userError, type UserError } from '../../../platform/rules/user-errors';
import { isMobile, mobileError } from '../../../platform/rules/validation';
import { governsMember } from '../domain/access';
import { isValidIdNumber, normalizeIdNumber } from '../domain/id-number';
import type { MemberDoc } from '../models';
import type { Context } from '../context';
import type {
  MutationRegisterMemberArgs,
  MutationReportToCommunityArgs,
  MutationUpdateMemberArgs,
} from '../generated/resolvers';

/* Commands on a member's record: register, update, report to a community (双报到). */

const memberFailure = (...errors: UserError[]) => ({ member: null, errors });

export const loadMember = (ctx: Context, id: string) => (isObjectId(id) ? ctx.loaders.member.load(id) : Promise.resolve(null));

const fresh = async (ctx: Context, id: Types.ObjectId) => (await ctx.models.Member.findById(id).lean()) as MemberDoc;

export const noMember = (field: string) => userError('NOT_FOUND', '党员不存在 · no such member', field);

const duplicateIdNumber = () =>
  userError('DUPLICATE_ID_NUMBER', '该身份证号已登记在另一名党员名下,同一人不能重复登记 · a member with this ID number is already registered', 'input.idNumber');

/**
 * Claims an ID number for the member about to be written: false when another member has it. Members
 * registered before numbers were claimed hold no key, so they are looked up by the number as well.
 */
async function claimIdNumber(ctx: Context, idNumber: string, memberId: Types.ObjectId): Promise<boolean> {
  if (await ctx.models.Member.exists({ idNumber })) return false;
  return claimUniqueKey(ctx.models.IdNumber, idNumber, memberId, async (holderId) => !!(await ctx.models.Member.exists({ _id: holderId, idNumber })));
}

export async function registerMember(ctx: Context, { input }: MutationRegisterMemberArgs) {
  const principal = requirePrincipal(ctx.principal);
  const home = isObjectId(input.organizationId) ? await ctx.territory.load(input.organizationId) : null;
  if (!home) return memberFailure(userError('NOT_FOUND', '党组织不存在 · no such organisation', 'input.organizationId'));
  requireGoverns(principal, home.path, 'register members in this branch');
  const employer = input.employerId && isObjectId(input.employerId) ? await ctx.units.load(input.employerId) : null;
  const errors: UserError[] = [];
  const name = input.name.trim();
  const idNumber = input.idNumber != null ? normalizeIdNumber(input.idNumber) : null;
  if (name.length < 2 || name.length > 50) errors.push(userError('INVALID_NAME', '姓名须为2至50字 · a name has 2 to 50 characters', 'input.name'));
  if (input.phone != null && !isMobile(input.phone)) errors.push(mobileError('input.phone'));
  if (idNumber != null && !isValidIdNumber(idNumber)) {
    errors.push(userError('INVALID_ID_NUMBER', '身份证号无效 · not a valid resident ID number', 'input.idNumber'));
  }
  if (input.employerId && !employer) errors.push(userError('NOT_FOUND', '工作单位不存在 · no such resident unit', 'input.employerId'));
  if (errors.length) return memberFailure(...errors);
  const _id = new Types.ObjectId();
  if (idNumber && !(await claimIdNumber(ctx, idNumber, _id))) return memberFailure(duplicateIdNumber());
  try {
    const member = await ctx.models.Member.create({
      _id,
      name,
      category: input.category,
      organizationId: new Types.ObjectId(home.id),
      territoryPath: home.path.map((id) => new Types.ObjectId(id)),
      employerId: employer ? new Types.ObjectId(employer.id) : null,
      phone: input.phone ?? null,
      idNumber,
    });
    return { member: member.toObject() as MemberDoc, errors: [] };
  } catch (err) {
    if (idNumber) await releaseUniqueKey(ctx.models.IdNumber, idNumber, _id);
    throw err;
  }
}

export async function updateMember(ctx: Context, { id, input }: MutationUpdateMemberArgs) {
  const principal = requirePrincipal(ctx.principal);
  const member = await loadMember(ctx, id);
  if (!member) return memberFailure(noMember('id'));
  if (!governsMember(principal, member)) throw forbidden("Only the committees of the member's branch, or of the community they reported to, may change this member's record");
  const errors: UserError[] = [];
  if (input.posts && (input.posts.length > 10 || input.posts.some((p) => p.title.trim().length < 1 || p.title.length > 50 || (p.responsibility?.length ?? 0) > 200))) {
    errors.push(userError('INVALID_POSTS', '岗位最多10个,名称1至50字,职责不超过200字 · up to 10 posts', 'input.posts'));
  }
  if (input.householdsContacted != null && !(Number.isInteger(input.householdsContacted) && input.householdsContacted >= 0 && input.householdsContacted <= 50)) {
    errors.push(userError('INVALID_COUNT', '联系户数须为0至50 · 0 to 50 households', 'input.householdsContacted'));
  }
  if (input.phone != null && !isMobile(input.phone)) errors.push(mobileError('input.phone'));
  if (errors.length) return memberFailure(...errors);
  const set: Record<string, unknown> = {};
  if (input.posts) set.posts = input.posts.map((p) => ({ title: p.title.trim(), responsibility: p.responsibility?.trim() || null }));
  if (input.centralHousehold != null) set.centralHousehold = input.centralHousehold;
  if (input.householdsContacted != null) set.householdsContacted = input.householdsContacted;
  if (input.phone != null) set.phone = input.phone;
  await ctx.models.Member.updateOne({ _id: member._id }, { $set: set });
  return { member: await fresh(ctx, member._id), errors: [] };
}

export async function reportToCommunity(ctx: Context, { memberId, communityId, reportedAt }: MutationReportToCommunityArgs) {
  const principal = requirePrincipal(ctx.principal);
  const member = await loadMember(ctx, memberId);
  if (!member) return memberFailure(noMember('memberId'));
  const community = isObjectId(communityId) ? await ctx.territory.load(communityId) : null;
  if (!community || community.kind !== 'COMMUNITY') {
    return memberFailure(userError('INVALID_COMMUNITY', '社区不存在 · no such community', 'communityId'));
  }
  const self = principal.role === 'MEMBER' && principal.scopeId === memberId;
  if (!self && !governs(principal, community.path)) {
    throw forbidden('Only the member, or the committee of the community, may record the report');
  }
  const errors: UserError[] = [];
  if (member.category !== 'EMPLOYED' && member.category !== 'DUAL') {
    errors.push(userError('NOT_EMPLOYED', '仅在职党员到社区报到 · only employed members report to a community', 'memberId'));
  }
  if (reportedAt.getTime() > ctx.now.getTime()) errors.push(userError('INVALID_DATE', '报到日期不能在未来 · not in the future', 'reportedAt'));
  if (errors.length) return memberFailure(...errors);
  await ctx.models.Member.updateOne(
    { _id: member._id },
    { $set: { reportsToId: new Types.ObjectId(communityId), reportsToPath: community.path.map((id) => new Types.ObjectId(id)), reportedAt } },
  );
  return { member: await fresh(ctx, member._id), errors: [] };
}
