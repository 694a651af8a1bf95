import { beijingYear } from './beijing-time';
import type DataLoader from 'dataloader';
import { administersUnit, governs, requirePrincipal } from '../auth/access';
import { forbidden, type Principal } from '../auth/tokens';
import { badUserInput } from '../server/errors';
import { isObjectId } from './validation';
import type { TerritoryNode } from './territory';

/**
 * What a ReviewRecord entity stands for (年度实绩, for an annual review): one party's record for one year
 * in one reviewing committee's territory. The services, members and resident-units subgraphs each answer
 * the figures they keep; the organizations subgraph reads them with the caller's token when a report is
 * submitted and stamps them on the report (a subgraph never reads another's database).
 */
export interface ReviewRecordKey {
  partyType: 'RESIDENT_UNIT' | 'PARTY_BRANCH';
  partyId: string;
  communityId: string;
  year: number;
}

/**
 * A party's figures for a review year, merged from the three subgraphs' ReviewRecord; a figure a subgraph
 * does not count for the party (a Party organisation's claims) is null. `commitmentsMet` is the share of the
 * commitments of the unit's agreements with the reviewing committee met in the year (null: nothing promised).
 */
export interface ReviewFigures {
  claimsDelivered: number | null;
  activitiesOrganised: number | null;
  activitiesAttended: number | null;
  membersReported: number | null;
  volunteerHours: number | null;
  commitmentsMet: number | null;
}

/** Beijing calendar year [start, end), for the figures of a year. */
export function reviewYear(year: number): { start: Date; end: Date } {
  const { from, to } = beijingYear(year);
  return { start: from, end: to };
}

/**
 * Checks a ReviewRecord reference, as every subgraph that answers it does (an `_entities` request straight
 * to one cannot skip it): a sensible key, and a caller who governs the reviewing committee's territory, or
 * the unit's own admin for a unit of that territory. A unit's or a branch's figures are for no one else.
 */
export async function checkedReviewRecord(
  principal: Principal | null,
  key: { partyType: string; partyId: string; communityId: string; year: number | string },
  territory: DataLoader<string, TerritoryNode | null>,
): Promise<ReviewRecordKey> {
  const p = requirePrincipal(principal);
  const year = Number(key.year);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badUserInput('The year is not a year', 'year');
  if (!isObjectId(key.partyId) || !isObjectId(key.communityId) || (key.partyType !== 'RESIDENT_UNIT' && key.partyType !== 'PARTY_BRANCH')) {
    throw badUserInput('Not a review record', 'partyId');
  }
  const community = await territory.load(key.communityId);
  const own = key.partyType === 'RESIDENT_UNIT' && administersUnit(p, key.partyId) && p.territory.includes(key.communityId);
  if (!community || !(governs(p, community.path) || own)) {
    throw forbidden("Only the committees of the territory and the unit's own admins may read its record for a review");
  }
  return { partyType: key.partyType, partyId: key.partyId, communityId: key.communityId, year };
}
