import type { Database } from '../../platform/mongo';
import { defineSubgraph } from '../../platform/subgraph';
import { createContext } from './context';
import { servicesModels } from './models';
import { startOverdueSweep } from './requests';
import { resolvers } from './resolvers';

/** The services subgraph (needs, offers, claims, requests…), built but not listening: `index.ts` and the tests serve it. */
export function servicesSubgraph(db: Database) {
  const subgraph = defineSubgraph('services', servicesModels(db.connection), createContext, resolvers);
  return {
    ...subgraph,
    // 超期上报: overdue requests go up to their street, checked on a timer.
    background: ({ config, logger }: { config: { requestSweepSeconds: number }; logger: Parameters<typeof startOverdueSweep>[2] }) =>
      startOverdueSweep(subgraph.models, config.requestSweepSeconds, logger),
  };
}
