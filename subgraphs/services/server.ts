import type { Database } from '../../platform/mongo';
import { defineSubgraph, type Subgraph } from '../../platform/subgraph';
import { createContext, type Context } from './context';
import { servicesModels, type ServicesModels } from './models';
import { startOverdueSweep } from './requests';
import { resolvers } from './resolvers';

/** The services subgraph (needs, offers, claims, requests…), built but not listening: `index.ts` and the tests serve it. */
export function servicesSubgraph(db: Database): Subgraph<ServicesModels, Context> {
  const subgraph = defineSubgraph('services', servicesModels(db.connection), createContext, resolvers);
  // 超期上报: overdue requests go up to their street, checked on a timer.
  return { ...subgraph, background: ({ config, logger }) => startOverdueSweep(subgraph.models, config.requestSweepSeconds, logger) };
}
