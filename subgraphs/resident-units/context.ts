import type { RequestScope } from '../../platform/server/subgraph';
import { createLoaders } from './loaders';
import { territoryMoves } from '../../platform/rules/territory-moves';
import type { ResidentUnitsModels } from './models';

/** Per request: the verified principal and the loaders (fresh each request, so nothing is cached across users). */
export function createContext(models: ResidentUnitsModels, { principal, directory, authorization }: RequestScope) {
  return {
    models,
    principal,
    /** One clock reading per request: every rule in it sees the same "today". */
    now: new Date(),
    /** The moves this subgraph keeps (it records one when it brings its copies in line). */
    moves: territoryMoves(models.ResidentUnit.db),
    territory: directory.loader(),
    loaders: createLoaders(models),
    /**
     * How a unit kept its agreements' commitments in a year (with `partnerId`, those with that community
     * or street), as the services subgraph counts them for the caller: for the annual review's
     * "commitments met" (its `metRate`). FORBIDDEN is passed on for a caller who may not read it.
     */
    unitCommitmentFulfilment: (unitId: string, year: number, partnerId?: string | null) =>
      directory.unitCommitmentFulfilment(unitId, year, authorization, partnerId),
  };
}

export type Context = ReturnType<typeof createContext>;
