/**
 * Runs the gateway alone, in front of subgraphs that run elsewhere
 * (`<NAME>_URL` or the default ports). `npm start` runs everything at once.
 */
import { jwtSecret, loadConfigOrExit } from '../platform/config';
import { serveGraphQL } from '../platform/http';
import { createLogger } from '../platform/logger';
import { readSupergraph } from '../platform/supergraph';
import { exportRoutes } from './exports';
import { limitsPlugin } from '../platform/limits';
import { createGateway, gatewayContext } from './server';
import { Authenticator } from '../platform/auth';

async function main() {
  const config = loadConfigOrExit();
  const logger = createLogger(config.logLevel, 'gateway');
  const supergraphSdl = readSupergraph();
  const gateway = createGateway({
    supergraphSdl,
    subgraphUrls: Object.fromEntries(Object.values(config.subgraphs).map((s) => [s.name, s.url])),
    logger,
  });
  const server = await serveGraphQL({
    name: 'gateway',
    host: config.host,
    port: config.gatewayPort,
    production: config.env === 'production',
    logger,
    gateway,
    context: gatewayContext(new Authenticator(jwtSecret(config))),
    plugins: [limitsPlugin(config.limits)],
    maxBodyBytes: config.limits.maxBodyBytes,
    maxTokens: config.limits.maxTokens,
    routes: (app, url) => exportRoutes({ graphqlUrl: url, supergraphSdl, logger })(app),
  });
  const stop = () => server.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
