import type { Database } from '../../platform/mongo';
import { defineSubgraph } from '../../platform/subgraph';
import { createContext } from './context';
import { servicesModels } from './models';
import { resolvers } from './resolvers';

/** The services subgraph (needs, offers, claims…), built but not listening: `index.ts` and the tests serve it. */
export const servicesSubgraph = (db: Database) =>
  defineSubgraph('services', servicesModels(db.connection), createContext, resolvers);
