import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin, type BaseContext, type ContextFunction } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware, type ExpressContextFunctionArgument } from '@as-integrations/express5';
import express from 'express';
import type { GatewayInterface } from '@apollo/server-gateway-interface';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from './logger';

export interface RunningServer {
  url: string;
  port: number;
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
  health?: () => Promise<void>;
  plugins?: ApolloServerPlugin<C>[];
}

/**
 * One HTTP server for a subgraph or the gateway: POST /graphql, GET /health.
 * Nothing here calls out of the machine: no landing page (it would load
 * Apollo's CDN in the browser), no usage reporting.
 */
export async function serveGraphQL<C extends BaseContext>(opts: ServeOptions<C>): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
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
    logger: opts.logger,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ...(opts.plugins ?? []),
    ],
  } as ConstructorParameters<typeof ApolloServer<C>>[0]);
  await server.start();

  app.get('/health', async (_req, res) => {
    try {
      await opts.health?.();
      res.json({ status: 'ok', service: opts.name });
    } catch (err) {
      res.status(503).json({ status: 'unavailable', service: opts.name, reason: (err as Error).message });
    }
  });
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(server, { context: opts.context }));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(opts.port, opts.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  const url = `http://${host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host}:${port}/graphql`;
  opts.logger.info({ url }, `${opts.name} ready`);
  return { url, port, stop: () => server.stop() };
}
