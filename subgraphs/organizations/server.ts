import type { Database } from '../../platform/mongo';
import { defineSubgraph } from '../../platform/subgraph';
import { createContext } from './context';
import { organizationsModels } from './models';
import { resolvers } from './resolvers';

/** The organizations subgraph (党组织), built but not listening: `index.ts` and the tests serve it. */
export const organizationsSubgraph = (db: Database) =>
  defineSubgraph('organizations', organizationsModels(db.connection), createContext, resolvers);
