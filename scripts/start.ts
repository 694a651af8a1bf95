/**
 * `npm start`: the whole graph on this machine. Starts the embedded database
 * (unless MONGODB_URI is set), loads the demo territory into an empty
 * database, runs the four subgraphs and the gateway each in a process of its
 * own (as they are deployed), and stops everything cleanly on Ctrl-C.
 */
import path from 'node:path';
import { jwtSecret, loadConfigOrExit } from '../platform/server/config';
import { EmbeddedDatabaseError, startFerretDB, type EmbeddedDatabase } from '../platform/data/ferretdb';
import { buildDemoTerritory } from '../seed/demo';
import { startProcesses } from './processes';
import { connectDatabases, graphModels } from './stack';

async function main() {
  const config = loadConfigOrExit();
  const say = (line: string) => process.stdout.write(`${line}\n`);

  let embedded: EmbeddedDatabase | undefined;
  let uri = config.mongoUri;
  if (!uri) {
    embedded = await startFerretDB({
      dataDir: path.join(config.dataDir, 'ferretdb'),
      port: config.ferretdbPort,
      progress: say,
    });
    uri = embedded.uri;
    say(`Embedded database (FerretDB, SQLite) on ${uri}, data in ${embedded.dataDir}`);
  }

  const databases = await connectDatabases(config, uri);
  const models = graphModels(databases);
  if (config.demoData && (await models.organizations.Organization.estimatedDocumentCount()) === 0) {
    const started = Date.now();
    const { builder } = buildDemoTerritory();
    say('Loading the demo territory (泉城路街道)…');
    await builder.save(models);
    say(
      `  ${builder.organizations.length} organisations, ${builder.units.length} resident units, ` +
        `${builder.members.length} members, ${builder.agreements.length} agreements, ` +
        `${builder.items.length} needs, offers and projects, ${builder.claims.length} claims, ${builder.requests.length} residents' requests ` +
        `in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  }

  // The demo is loaded; the servers open connections of their own.
  await Promise.all(Object.values(databases).map((db) => db.close()));
  jwtSecret(config); // made once here, so that the five processes share it
  say('Starting the four subgraphs and the gateway, a process each…');
  const stack = await startProcesses({
    mongoUri: uri,
    host: config.host,
    ports: {
      gateway: config.gatewayPort,
      ...Object.fromEntries(Object.values(config.subgraphs).map((s) => [s.name, s.port])),
    },
  });
  say(`\nThe co-building graph is ready: ${stack.gatewayUrl}`);
  say(`  the console (控制台)       ${stack.gatewayUrl.replace(/\/graphql$/, '/')}`);
  for (const [name, url] of Object.entries(stack.subgraphUrls)) say(`  subgraph ${name.padEnd(15)} ${url}`);
  say('Health: GET /health on each. Press Ctrl-C to stop.');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`\n${signal}: stopping…`);
    await stack.stop();
    await embedded?.stop();
    say('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  if (err instanceof EmbeddedDatabaseError) {
    process.stderr.write(`${err.message}\n`);
  } else {
    process.stderr.write(`${(err as Error).stack ?? err}\n`);
  }
  process.exit(1);
});
