import { pathToSync, rebasePaths } from '../../../platform/territory-sync';
import { Types } from 'mongoose';
import { governs, isInside, requireGoverns, requirePrincipal, TERRITORIAL_ROLES } from '../../../platform/access';
import { forbidden } from '../../../platform/auth';
import { governsMember, memberTerritories } from './Member';
import { isObjectId } from '../../../platform/subgraph';
import { claimUniqueKey, releaseUniqueKey } from '../../../platform/unique-keys';
import { userError, type UserError } from '../../../platform/user-errors';
import { isMobile } from '../../../platform/validation';
import { isValidIdNumber, normalizeIdNumber } from '../domain/id-number';
import { beijingDayStart, serviceRecordKey, servedThing } from '../domain/service-records';
import type { Context } from '../context';
import type { MutationResolvers } from '../generated/resolvers';
import type { MemberDoc } from '../models';

const memberFailure = (...errors: UserError[]) => ({ member: null, errors });
const recordFailure = (...errors: UserError[]) => ({ record: null, errors });

const loadMember = (ctx: Context, id: string) => (isObjectId(id) ? ctx.loaders.member.load(id) : Promise.resolve(null));
const fresh = async (ctx: Context, id: Types.ObjectId) => (await ctx.models.Member.findById(id).lean()) as MemberDoc;
const noMember = (field: string) => userError('NOT_FOUND', '党员不存在 · no such member', field);

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

/** Whether the need or project a record names exists, as the caller sees it (an id not found is refused). */
async function checkServed(ctx: Context, input: { needId?: string | null; projectId?: string | null }): Promise<UserError[]> {
  const [need, project] = await Promise.all([
    input.needId ? ctx.needs.load(input.needId) : true,
    input.projectId ? ctx.projects.load(input.projectId) : true,
  ]);
  return [
    ...(need ? [] : [userError('NOT_FOUND', '服务的需求不存在(或不在您可见的范围内) · no such need', 'input.needId')]),
    ...(project ? [] : [userError('NOT_FOUND', '服务的共建项目不存在(或不在您可见的范围内) · no such project', 'input.projectId')]),
  ];
}

/**
 * Claims "this member served this on this day" for the record about to be written (see
 * domain/service-records.ts): false when a record of it exists. Records from before the rule hold no
 * key, so the member's records of that day are read as well.
 */
async function claimServiceRecord(
  ctx: Context,
  key: string,
  recordId: Types.ObjectId,
  memberId: Types.ObjectId,
  served: Parameters<typeof servedThing>[0],
  servedOn: Date,
): Promise<boolean> {
  const from = beijingDayStart(servedOn);
  const sameDay = await ctx.models.ServiceRecord.find(
    { memberId, servedOn: { $gte: from, $lt: new Date(from.getTime() + 86_400_000) } },
    { needId: 1, projectId: 1, description: 1 },
  ).lean();
  if (sameDay.some((r) => servedThing(r) === servedThing(served))) return false;
  return claimUniqueKey(ctx.models.ServiceRecordKey, key, recordId, async (holderId) => !!(await ctx.models.ServiceRecord.exists({ _id: holderId })));
}

function checkYear(year: number, now: Date, field: string): UserError | null {
  const thisYear = now.getUTCFullYear();
  return Number.isInteger(year) && year >= 2000 && year <= thisYear
    ? null
    : userError('INVALID_YEAR', `年度须在2000至${thisYear}之间 · the year is 2000 to ${thisYear}`, field);
}

export const Mutation: MutationResolvers = {
  // After a move in the tree: members, their service records and feedback follow their organisation.
  syncMembersTerritory: async (_root, { organizationId }, ctx) => {
    const prefix = await pathToSync(ctx.principal, ctx.territory, organizationId);
    if (!prefix) return 0;
    const counts = await Promise.all([
      rebasePaths(ctx.models.Member, 'territoryPath', organizationId, prefix),
      rebasePaths(ctx.models.ServiceRecord, 'territoryPath', organizationId, prefix),
      rebasePaths(ctx.models.Feedback, 'territoryPath', organizationId, prefix),
    ]);
    // Once its copies are in line, tokens issued before the move follow it here too (serve.ts).
    await ctx.moves.record(organizationId, prefix);
    return counts.reduce((a, b) => a + b, 0);
  },

  registerMember: async (_root, { input }, ctx) => {
    const principal = requirePrincipal(ctx.principal);
    const home = isObjectId(input.organizationId) ? await ctx.territory.load(input.organizationId) : null;
    if (!home) return memberFailure(userError('NOT_FOUND', '党组织不存在 · no such organisation', 'input.organizationId'));
    requireGoverns(principal, home.path, 'register members in this branch');
    const employer = input.employerId && isObjectId(input.employerId) ? await ctx.units.load(input.employerId) : null;
    const errors: UserError[] = [];
    const name = input.name.trim();
    const idNumber = input.idNumber != null ? normalizeIdNumber(input.idNumber) : null;
    if (name.length < 2 || name.length > 50) errors.push(userError('INVALID_NAME', '姓名须为2至50字 · a name has 2 to 50 characters', 'input.name'));
    if (input.phone != null && !isMobile(input.phone)) errors.push(userError('INVALID_PHONE', '须为11位手机号 · an 11-digit mobile number', 'input.phone'));
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
  },

  updateMember: async (_root, { id, input }, ctx) => {
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
    if (input.phone != null && !isMobile(input.phone)) errors.push(userError('INVALID_PHONE', '须为11位手机号 · an 11-digit mobile number', 'input.phone'));
    if (errors.length) return memberFailure(...errors);
    const set: Record<string, unknown> = {};
    if (input.posts) set.posts = input.posts.map((p) => ({ title: p.title.trim(), responsibility: p.responsibility?.trim() || null }));
    if (input.centralHousehold != null) set.centralHousehold = input.centralHousehold;
    if (input.householdsContacted != null) set.householdsContacted = input.householdsContacted;
    if (input.phone != null) set.phone = input.phone;
    await ctx.models.Member.updateOne({ _id: member._id }, { $set: set });
    return { member: await fresh(ctx, member._id), errors: [] };
  },

  reportToCommunity: async (_root, { memberId, communityId, reportedAt }, ctx) => {
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
  },

  recordService: async (_root, { input }, ctx) => {
    const principal = requirePrincipal(ctx.principal);
    const member = await loadMember(ctx, input.memberId);
    if (!member) return recordFailure(noMember('input.memberId'));
    const self = principal.role === 'MEMBER' && principal.scopeId === input.memberId;
    const inside = TERRITORIAL_ROLES.includes(principal.role) && memberTerritories(member).some((path) => isInside(principal, path));
    if (!self && !inside) throw forbidden("Only the member, or the committees and grid workers of the member's territory or of the community they reported to, may record service");
    const errors: UserError[] = [];
    if (!(input.hours >= 0.5 && input.hours <= 24)) errors.push(userError('INVALID_HOURS', '时长须为0.5至24小时 · 0.5 to 24 hours', 'input.hours'));
    if (input.servedOn.getTime() > ctx.now.getTime()) errors.push(userError('INVALID_DATE', '服务日期不能在未来 · not in the future', 'input.servedOn'));
    const description = input.description.trim();
    if (description.length < 2 || description.length > 200) {
      errors.push(userError('INVALID_DESCRIPTION', '内容须为2至200字 · 2 to 200 characters', 'input.description'));
    }
    for (const field of ['needId', 'projectId'] as const) {
      if (input[field] != null && !isObjectId(input[field])) errors.push(userError('INVALID_ID', '标识格式不对 · not an id', `input.${field}`));
    }
    if (errors.length) return recordFailure(...errors);
    const missing = await checkServed(ctx, input);
    if (missing.length) return recordFailure(...missing);

    const served = {
      needId: input.needId ? new Types.ObjectId(input.needId) : null,
      projectId: input.projectId ? new Types.ObjectId(input.projectId) : null,
      description,
    };
    const _id = new Types.ObjectId();
    const key = serviceRecordKey(member._id, served, input.servedOn);
    if (!(await claimServiceRecord(ctx, key, _id, member._id, served, input.servedOn))) {
      return recordFailure(
        userError(
          'DUPLICATE_SERVICE_RECORD',
          '该党员当天的这项服务已有记录,不能重复记录;时长不对请联系社区核对原记录 · this service of that member on that day is already recorded',
          'input.servedOn',
        ),
      );
    }
    try {
      const record = await ctx.models.ServiceRecord.create({
        _id,
        memberId: member._id,
        territoryPath: member.territoryPath,
        employerId: member.employerId ?? null,
        memberCategory: member.category,
        year: input.servedOn.getUTCFullYear(),
        servedOn: input.servedOn,
        hours: input.hours,
        ...served,
        recordedBy: principal.subject,
      });
      return { record: record.toObject(), errors: [] };
    } catch (err) {
      await releaseUniqueKey(ctx.models.ServiceRecordKey, key, _id);
      throw err;
    }
  },

  confirmService: async (_root, { id }, ctx) => {
    const principal = requirePrincipal(ctx.principal);
    const record = isObjectId(id) ? await ctx.models.ServiceRecord.findById(id).lean() : null;
    if (!record) return recordFailure(userError('NOT_FOUND', '记录不存在 · no such record', 'id'));
    // The committees over the record's territory, or over the community the member reported to.
    if (!governs(principal, record.territoryPath)) {
      const member = await loadMember(ctx, String(record.memberId));
      if (!member || !governsMember(principal, member)) throw forbidden('Only the committees over this service, or of the community the member reported to, may confirm it');
    }
    if (record.confirmedAt) return recordFailure(userError('ALREADY_CONFIRMED', '已确认 · already confirmed', 'id'));
    const updated = await ctx.models.ServiceRecord.findByIdAndUpdate(
      record._id,
      { $set: { confirmedBy: principal.subject, confirmedAt: ctx.now } },
      { returnDocument: 'after' },
    ).lean();
    return { record: updated!, errors: [] };
  },

  sendFeedback: async (_root, { input }, ctx) => {
    const principal = requirePrincipal(ctx.principal);
    const failure = (...errors: UserError[]) => ({ feedback: null, errors });
    const member = await loadMember(ctx, input.memberId);
    if (!member) return failure(noMember('input.memberId'));
    if (!member.reportsToId || !member.employerId) {
      return failure(userError('NOT_REPORTED', '该党员未到社区报到或无工作单位 · the member has not reported to a community or has no employer', 'input.memberId'));
    }
    const community = await ctx.territory.load(String(member.reportsToId));
    if (!community) return failure(userError('INVALID_COMMUNITY', '报到社区不存在 · the community is gone', 'input.memberId'));
    requireGoverns(principal, community.path, 'send feedback for members reporting to this community');
    const errors = [checkYear(input.year, ctx.now, 'input.year')].filter((e): e is UserError => e !== null);
    const note = input.note.trim();
    if (note.length < 2 || note.length > 500) errors.push(userError('INVALID_NOTE', '内容须为2至500字 · 2 to 500 characters', 'input.note'));
    if (errors.length) return failure(...errors);
    const feedback = await ctx.models.Feedback.create({
      memberId: member._id,
      communityId: member.reportsToId,
      employerId: member.employerId,
      territoryPath: community.path.map((id) => new Types.ObjectId(id)),
      kind: input.kind,
      year: input.year,
      note,
      sentBy: principal.subject,
      createdAt: ctx.now,
    });
    return { feedback: feedback.toObject(), errors: [] };
  },
};
