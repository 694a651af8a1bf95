import { byIdLoader, childPageLoader, childrenLoader } from '../../../platform/data/pagination';
import type { ResidentUnitsModels } from '../models';

/** A request's loaders: one batched query per list and per step of a query plan. */
export function createLoaders(models: ResidentUnitsModels) {
  return {
    residentUnit: byIdLoader(models.ResidentUnit),
    agreement: byIdLoader(models.Agreement),
    unitsOfCommunity: childPageLoader(models.ResidentUnit, 'communityId'),
    agreementsOfUnit: childPageLoader(models.Agreement, 'unitId'),
    agreementsOfPartner: childPageLoader(models.Agreement, 'partnerId'),
    agreementsInTerritory: childPageLoader(models.Agreement, 'territoryPath', { multi: true }),
    evaluationsOfUnit: childrenLoader(models.Evaluation, 'unitId', { year: -1, _id: 1 }),
  };
}
