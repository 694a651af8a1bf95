/**
 * Hive Gateway on the project's supergraph, in a process of its own (the benchmark's comparison):
 * listens on 127.0.0.1:HIVE_PORT and reaches each subgraph at its `<NAME>_URL`, with request
 * de-duplication off so that it does the same work per request as @apollo/gateway.
 */
import http from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { loadConfigOrExit } from '../platform/server/config';
import { readSupergraph } from '../platform/server/supergraph';

const config = loadConfigOrExit();
const hive = createGatewayRuntime({
  supergraph: readSupergraph(),
  logging: false,
  landingPage: false,
  inboundInflightRequestDeduplication: false,
  maskedErrors: false,
  transportEntries: {
    '*.http': { options: { deduplicateInflightRequests: false } },
    ...Object.fromEntries(Object.values(config.subgraphs).map((s) => [s.name, { location: s.url }])),
  },
  propagateHeaders: { fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') }) },
});
const server = http.createServer(hive);
server.listen(Number(process.env.HIVE_PORT), '127.0.0.1');
const stop = () => server.close(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
