import { Types } from 'mongoose';
import { governs, isInside, requirePrincipal, TERRITORIAL_ROLES } from '../../../platform/auth/access';
import { forbidden } from '../../../platform/auth/tokens';
import { isObjectId } from '../../../platform/server/subgraph';
import { claimUniqueKey, releaseUniqueKey } from '../../../platform/data/unique-keys';
import { userError, type UserError } from '../../../platform/rules/user-errors';
import { governsMember, memberTerritories } from '../domain/access';
import { serviceRecordKey, servedThing } from '../domain/service-records';
import { beijingDayStart } from '../../../platform/rules/beijing-time';
import { loadMember, noMember } from './members';
import type { Context } from '../context';
import type {
  MutationConfirmServiceArgs,
  MutationRecordServiceArgs,
  RecordServiceInput,
} from '../generated/resolvers';

/* Commands on members' service records (志愿服务): record, confirm. */

const recordFailure = (...errors: UserError[]) => ({ record: null, errors });

/** Whether the need or project a record names exists, as the caller sees it (an id not found is refused). */
async function checkServed(ctx: Context, input: Pick<RecordServiceInput, 'needId' | 'projectId'>): Promise<UserError[]> {
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
export async function claimServiceRecord(
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
    { needId: 1, projectId: 1, activityId: 1, description: 1 },
  ).lean();
  if (sameDay.some((r) => servedThing(r) === servedThing(served))) return false;
  return claimUniqueKey(ctx.models.ServiceRecordKey, key, recordId, async (holderId) => !!(await ctx.models.ServiceRecord.exists({ _id: holderId })));
}

export async function recordService(ctx: Context, { input }: MutationRecordServiceArgs) {
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
}

export async function confirmService(ctx: Context, { id }: MutationConfirmServiceArgs) {
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
}
