import type { Database } from '../../platform/data/mongo';
import { defineSubgraph } from '../../platform/server/subgraph';
import { createContext } from './context';
import { residentUnitsModels } from './models';
import { resolvers } from './resolvers';

/** The resident-units subgraph (驻区单位), built but not listening: `index.ts` and the tests serve it. */
export const residentUnitsSubgraph = (db: Database) =>
  defineSubgraph('resident-units', residentUnitsModels(db.connection), createContext, resolvers);
