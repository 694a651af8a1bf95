import type { Database } from '../../platform/data/mongo';
import { defineSubgraph } from '../../platform/server/subgraph';
import { createContext } from './context';
import { organizationsModels } from './models';
import { resolvers } from './resolvers';

/** The organizations subgraph (党组织), built but not listening: `index.ts` and the tests serve it. */
export const organizationsSubgraph = (db: Database) =>
  defineSubgraph('organizations', organizationsModels(db.connection), createContext, resolvers);
