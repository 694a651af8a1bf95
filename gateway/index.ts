/**
 * Runs the gateway alone, in front of subgraphs that run elsewhere
 * (`<NAME>_URL` or the default ports). `npm start` runs everything at once.
 */
import { Authenticator } from '../platform/auth/tokens';
import { jwtSecret, loadConfigOrExit, type SubgraphName } from '../platform/server/config';
import { createLogger } from '../platform/server/logger';
import { serveGateway } from './serve';

async function main() {
  const config = loadConfigOrExit();
  const server = await serveGateway({
    config,
    logger: createLogger(config.logLevel, 'gateway'),
    auth: new Authenticator(jwtSecret(config)),
    subgraphUrls: Object.fromEntries(Object.values(config.subgraphs).map((s) => [s.name, s.url])) as Record<SubgraphName, string>,
  });
  const stop = () => server.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
