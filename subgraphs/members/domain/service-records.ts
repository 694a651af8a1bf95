import { beijingDayOf } from '../../../platform/rules/beijing-time';
import type { ServiceRecordDoc } from '../models';

/**
 * One record per member, per thing served and per day (an activity's check-in is one such thing: its
 * record is written once, however often the check-in is repeated). A second record of the same service is
 * refused (DUPLICATE_SERVICE_RECORD), not taken as a retry of the first: hours feed the yearly
 * totals, and the second is usually someone else entering the same afternoon again (the member in
 * the app, then the grid worker) — perhaps with other hours. Returning the first record as if the
 * second had been stored would hide that; the refusal tells them it is already there and changes nothing.
 *
 * What was served is the need, or else the project; a record of neither is told apart by what it
 * says was done (助老, 巡逻…), so that two different services on one day can both be recorded.
 */

type Served = Pick<ServiceRecordDoc, 'needId' | 'projectId' | 'description'> & Partial<Pick<ServiceRecordDoc, 'activityId'>>;

/**
 * What a record served, as compared: the activity it was checked in at, the need, the project, or the
 * words (spaces and width aside).
 */
export function servedThing(record: Served): string {
  if (record.activityId) return `activity:${String(record.activityId)}`;
  if (record.needId) return `need:${String(record.needId)}`;
  if (record.projectId) return `project:${String(record.projectId)}`;
  return `service:${record.description.normalize('NFKC').replace(/\s+/g, '')}`;
}

export const serviceRecordKey = (memberId: unknown, record: Served, servedOn: Date) => `${String(memberId)}|${servedThing(record)}|${beijingDayOf(servedOn)}`;
