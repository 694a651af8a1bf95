import type { RequestScope } from '../../platform/server/subgraph';
import { createLoaders } from './loaders';
import { territoryMoves } from '../../platform/rules/territory-moves';
import type { OrganizationsModels } from './models';
import type { ReviewRecordKey } from '../../platform/rules/reviews';

/** Per request: the verified principal and the loaders (fresh each request, so nothing is cached across users). */
export function createContext(models: OrganizationsModels, { principal, directory, authorization }: RequestScope) {
  return {
    models,
    principal,
    /** The moves this subgraph keeps (it records one when it moves an organisation). */
    moves: territoryMoves(models.Organization.db),
    /** Brings the other subgraphs' copies of a moved organisation's path in line, as the caller. */
    syncTerritory: (organizationId: string) => directory.syncTerritory(organizationId, authorization),
    now: new Date(),
    members: directory.memberLoader(),
    units: directory.unitLoader(),
    /** A party's figures for an annual review, read from the subgraphs that keep them with the caller's token. */
    reviewRecord: (key: ReviewRecordKey) => directory.reviewRecord(key, authorization),
    loaders: createLoaders(models),
  };
}

export type Context = ReturnType<typeof createContext>;
