import type { SubgraphName } from '../platform/server/config';
import type { Database } from '../platform/data/mongo';
import { membersSubgraph } from './members/server';
import { organizationsSubgraph } from './organizations/server';
import { residentUnitsSubgraph } from './resident-units/server';
import { servicesSubgraph } from './services/server';

/** The four subgraphs by name, each built on its own database. */
export const SUBGRAPHS = {
  organizations: organizationsSubgraph,
  members: membersSubgraph,
  'resident-units': residentUnitsSubgraph,
  services: servicesSubgraph,
} satisfies Record<SubgraphName, (db: Database) => unknown>;

/** The models of every subgraph, for the seed builders and the tests (which see all databases). */
export interface GraphModels {
  organizations: ReturnType<typeof organizationsSubgraph>['models'];
  members: ReturnType<typeof membersSubgraph>['models'];
  residentUnits: ReturnType<typeof residentUnitsSubgraph>['models'];
  services: ReturnType<typeof servicesSubgraph>['models'];
}
