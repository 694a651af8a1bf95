import type { RequestScope } from '../../platform/server/subgraph';
import { createLoaders } from './loaders';
import { territoryMoves } from '../../platform/rules/territory-moves';
import type { ResidentUnitsModels } from './models';

/** Per request: the verified principal and the loaders (fresh each request, so nothing is cached across users). */
export function createContext(models: ResidentUnitsModels, { principal, directory }: RequestScope) {
  return {
    models,
    principal,
    /** One clock reading per request: every rule in it sees the same "today". */
    now: new Date(),
    /** The moves this subgraph keeps (it records one when it brings its copies in line). */
    moves: territoryMoves(models.ResidentUnit.db),
    territory: directory.loader(),
    loaders: createLoaders(models),
  };
}

export type Context = ReturnType<typeof createContext>;
