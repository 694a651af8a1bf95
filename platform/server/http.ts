import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin, type BaseContext, type ContextFunction } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware, type ExpressContextFunctionArgument } from '@as-integrations/express5';
import express from 'express';
import type { GatewayInterface } from '@apollo/server-gateway-interface';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from './logger';
import { withoutSuggestions } from './errors';
import { requestLogPlugin } from './request-log';
import { servingRequest } from './request-scope';

export interface RunningServer {
  url: string;
  port: number;
  /** GraphQL requests served since the last reset: for a gateway's subgraphs, the fetches of its query plans. */
  requests: { count: number };
  stop(): Promise<void>;
}

export interface ServeOptions<C extends BaseContext> {
  name: string;
  host: string;
  port: number;
  production: boolean;
  logger: Logger;
  schema?: GraphQLSchema;
  gateway?: GatewayInterface;
  context: ContextFunction<[ExpressContextFunctionArgument], C>;
  /** Resolves when the server's dependencies answer; rejects otherwise. */
  /** Throws when the service cannot serve; may return details to show (and attach `details` to its error). */
  health?: () => Promise<Record<string, unknown> | void>;
  plugins?: ApolloServerPlugin<C>[];
  /** Largest request body in bytes (default 1 MB: the gateway's entity batches to subgraphs can be large). */
  maxBodyBytes?: number;
  /** Most lexical tokens in a document. */
  maxTokens?: number;
  /** More routes beside /graphql (the gateway's exports); `url` is this server's /graphql once it listens. */
  routes?: (app: express.Express, url: () => string) => void;
}

/**
 * One HTTP server for a subgraph or the gateway: POST /graphql, GET /health.
 * Nothing here calls out of the machine: no landing page (it would load
 * Apollo's CDN in the browser), no usage reporting.
 */
export async function serveGraphQL<C extends BaseContext>(opts: ServeOptions<C>): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  // No ETag on GraphQL answers: hashing every response body costs CPU and no client revalidates a POST.
  app.set('etag', false);
  const httpServer = http.createServer(app);
  // Keep-alive longer than the gateway's agent so that sockets it reuses are not closed under it.
  httpServer.keepAliveTimeout = 65_000;

  const server = new ApolloServer<C>({
    ...(opts.gateway ? { gateway: opts.gateway } : { schema: opts.schema! }),
    introspection: !opts.production,
    includeStacktraceInErrorResponses: !opts.production,
    csrfPrevention: true,
    // The entry points own SIGINT/SIGTERM and stop every server in order.
    stopOnTerminationSignals: false,
    // One operation per request: a batch would multiply every other limit.
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: opts.maxTokens ?? 20_000 },
    // In production, no schema hints in validation errors.
    formatError: (formatted) =>
      opts.production && formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED'
        ? { ...formatted, message: withoutSuggestions(formatted.message) }
        : formatted,
    logger: opts.logger,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      // Subgraphs: no federated traces (they serve Apollo's hosted reporting, which is off).
      ...(opts.schema ? [ApolloServerPluginInlineTraceDisabled()] : []),
      requestLogPlugin(opts.logger),
      ...(opts.plugins ?? []),
    ],
  } as ConstructorParameters<typeof ApolloServer<C>>[0]);
  await server.start();

  app.get('/health', async (_req, res) => {
    try {
      const details = await opts.health?.();
      res.json({ status: 'ok', service: opts.name, ...details });
    } catch (err) {
      // The reason may name internal addresses (a database's): shown outside production only.
      const { details } = err as { details?: Record<string, unknown> };
      res.status(503).json({ status: 'unavailable', service: opts.name, ...details, ...(opts.production ? {} : { reason: (err as Error).message }) });
    }
  });
  let url = '';
  opts.routes?.(app, () => url);
  const requests = { count: 0 };
  app.post('/graphql', (_req, _res, next) => {
    requests.count += 1;
    servingRequest.run(opts.name, next);
  });
  app.use(
    '/graphql',
    express.json({ limit: opts.maxBodyBytes ?? 1_000_000 }),
    expressMiddleware(server, { context: opts.context }),
  );
  // Malformed JSON or a body over the limit: a GraphQL-shaped error, not an HTML page.
  app.use((err: { status?: number; type?: string; message: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status = err.status ?? 500;
    const code = err.type === 'entity.too.large' ? 'REQUEST_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    res.status(status).json({ errors: [{ message: status < 500 ? err.message : 'Internal server error', extensions: { code } }] });
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(opts.port, opts.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  url = `http://${host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host}:${port}/graphql`;
  opts.logger.info({ url }, `${opts.name} ready`);
  return { url, port, requests, stop: () => server.stop() };
}
