import type { Logger } from '../../platform/server/logger';
import type { Database } from '../../platform/data/mongo';
import { defineSubgraph, type Subgraph } from '../../platform/server/subgraph';
import { createContext, type Context } from './context';
import { servicesModels, type ServicesModels } from './models';
import { startClaimUpkeep } from './app/claim-upkeep';
import { startOverdueSweep } from './app/request-ledger';
import { startNotificationSweep } from './app/notifications';
import { startWebhookDelivery } from './app/webhooks';
import { resolvers } from './resolvers';
import { itemsNeedStamping, stampTerritoryKeys } from './app/territory-keys';
import { uploadRoutes } from './uploads';
import { stampDeliveryDates } from './app/claim-delivery-dates';

/** The services subgraph (needs, offers, claims, requests…), built but not listening: `index.ts` and the tests serve it. */
export function servicesSubgraph(db: Database): Subgraph<ServicesModels, Context> {
  const subgraph = defineSubgraph('services', servicesModels(db.connection), createContext, resolvers);
  // 超期上报: overdue requests go up to their street, checked on a timer.
  let stampingNeeded = false;
  return {
    ...subgraph,
    // 照片: uploads and reads of requests' photos, beside /graphql.
    routes: uploadRoutes(subgraph.models, subgraph.context),
    init: async () => {
      await subgraph.init();
      stampingNeeded = await itemsNeedStamping(subgraph.models);
    },
    background: ({ config, logger, directory }) => {
      const stop = { stopped: false };
      // Only for a database with items from before the keys (it needs the organizations subgraph up).
      const stamping = stampingNeeded ? retrying(() => stampTerritoryKeys(subgraph.models, directory, logger), logger, stop) : Promise.resolve();
      // Claims delivered before their delivery date was kept get it (once per database; local only).
      const dating = stampDeliveryDates(subgraph.models, logger).catch((err) => logger.error({ err }, 'giving delivered claims their delivery date failed; it is tried again at the next start'));
      const stopSweep = startOverdueSweep(subgraph.models, config.requestSweepSeconds, config.photoUnattachedHours, logger);
      // Claims pending too long expire, and locks of ended claims go, on the same timer's period.
      const stopExpiry = startClaimUpkeep(subgraph.models, directory, config.claimExpiryDays, config.requestSweepSeconds, logger);
      // Deadlines near and activities tomorrow (and the repair of notifications a crash lost), on the same period.
      const stopNotifications = startNotificationSweep(subgraph.models, config.requestSweepSeconds, config.deadlineNearHours, logger);
      // The webhooks' outbox, on a period of its own (WEBHOOK_POLL_MS).
      const stopWebhooks = startWebhookDelivery(subgraph.models, config.webhooks, logger);
      return async () => {
        stop.stopped = true;
        await Promise.all([stamping, dating]);
        await Promise.all([stopSweep(), stopExpiry(), stopNotifications(), stopWebhooks()]);
      };
    },
  };
}

/** The organizations subgraph may start after this one: a few tries, then it waits for the next start. */
async function retrying(task: () => Promise<unknown>, logger: Logger, stop: { stopped: boolean }, tries = 10): Promise<void> {
  for (let i = 1; !stop.stopped; i++) {
    try {
      await task();
      return;
    } catch (err) {
      if (i >= tries) return void logger.error({ err }, 'stamping items with their street and community failed; it is tried again at the next start');
      for (let waited = 0; waited < 1_000 * i && !stop.stopped; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
