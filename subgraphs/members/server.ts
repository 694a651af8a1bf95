import type { Database } from '../../platform/data/mongo';
import { defineSubgraph } from '../../platform/server/subgraph';
import { createContext } from './context';
import { membersModels } from './models';
import { resolvers } from './resolvers';

/** The members subgraph (党员), built but not listening: `index.ts` and the tests serve it. */
export const membersSubgraph = (db: Database) =>
  defineSubgraph('members', membersModels(db.connection), createContext, resolvers);
