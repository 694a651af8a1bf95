import { Types } from 'mongoose';
import { requireGoverns, requirePrincipal } from '../../../platform/auth/access';
import { userError, type UserError } from '../../../platform/rules/user-errors';
import { loadMember, noMember } from './members';
import type { Context } from '../context';
import type {
  MutationSendFeedbackArgs,
} from '../generated/resolvers';

/* The community's feedback to an in-service member's employer (双报到 反馈). */

function checkYear(year: number, now: Date, field: string): UserError | null {
  const thisYear = now.getUTCFullYear();
  return Number.isInteger(year) && year >= 2000 && year <= thisYear
    ? null
    : userError('INVALID_YEAR', `年度须在2000至${thisYear}之间 · the year is 2000 to ${thisYear}`, field);
}

export async function sendFeedback(ctx: Context, { input }: MutationSendFeedbackArgs) {
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
}
