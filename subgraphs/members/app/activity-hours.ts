import { Types } from 'mongoose';
import { requirePrincipal } from '../../../platform/auth/access';
import { isObjectId } from '../../../platform/server/subgraph';
import { releaseUniqueKey } from '../../../platform/data/unique-keys';
import { serviceRecordKey } from '../domain/service-records';
import { claimServiceRecord } from './service-records';
import type { Context } from '../context';
import type { MutationRecordActivityHoursArgs } from '../generated/resolvers';

/*
 * 活动时长入账: the hours checked in at a co-building activity become confirmed service records here,
 * where every volunteer hour is kept and totalled (Member.volunteerHours, Organization and
 * ResidentUnit.volunteerHours, the statistics by category and employer), without anyone entering them
 * again.
 *
 * Why this way, across subgraphs: the services subgraph owns activities and their check-ins; this one
 * owns members' hours. A subgraph never reads another's database, and a total here cannot `@requires`
 * figures from services (they depend on the year asked, and on the period of the statistics, which a
 * `@requires` selection cannot pass on); nor should a client add two totals from two subgraphs. So the
 * hours are copied here at write time, as territory paths are (platform/rules/territory.ts): the
 * services subgraph calls this internal mutation after each check-in, and this subgraph reads the
 * check-ins back from services through the public federation contract (`_entities` on Activity), with
 * the caller's own token. Nothing the caller sends is taken on trust — only the activity's id — so
 * only a caller who may read the activity's sign-ups (its organiser's side, the committees over it)
 * gets anything written, and the hours are the ones services recorded. Each record is claimed under
 * the one-record-per-member-thing-and-day key, so a repeated or concurrent call writes each once.
 */
export async function recordActivityHours(ctx: Context, { activityId }: MutationRecordActivityHoursArgs): Promise<string[]> {
  requirePrincipal(ctx.principal);
  const activity = isObjectId(activityId) ? await ctx.activityAttendance(activityId) : null;
  if (!activity) return [];
  const members = await Promise.all(activity.attendances.map((a) => ctx.loaders.member.load(a.memberId)));
  const recorded = await Promise.all(
    activity.attendances.map(async (attendance, i) => {
      const member = members[i];
      if (!member) return null; // no such member here: nothing to put the hours on
      const served = { needId: null, projectId: null, activityId: new Types.ObjectId(activity.id), description: activity.title.slice(0, 200) };
      const _id = new Types.ObjectId();
      const key = serviceRecordKey(member._id, served, activity.startsAt);
      // Taken already: by this activity's record for the member, written by an earlier call — or being
      // written by one at this moment, which counts once it is there (else the hours stay pending).
      if (!(await claimServiceRecord(ctx, key, _id, member._id, served, activity.startsAt))) {
        return (await ctx.models.ServiceRecord.exists({ memberId: member._id, activityId: served.activityId })) ? attendance.signUpId : null;
      }
      try {
        await ctx.models.ServiceRecord.create({
          _id,
          memberId: member._id,
          territoryPath: member.territoryPath,
          employerId: member.employerId ?? null,
          memberCategory: member.category,
          year: activity.startsAt.getUTCFullYear(),
          servedOn: activity.startsAt,
          hours: attendance.hours,
          ...served,
          // Entered by whoever checked the member in, and confirmed by that check-in: the organiser's
          // side saw the member there.
          recordedBy: attendance.checkedInBy,
          confirmedBy: attendance.checkedInBy,
          confirmedAt: attendance.checkedInAt,
        });
      } catch (err) {
        await releaseUniqueKey(ctx.models.ServiceRecordKey, key, _id);
        throw err;
      }
      return attendance.signUpId;
    }),
  );
  return recorded.filter((id): id is string => id !== null);
}
