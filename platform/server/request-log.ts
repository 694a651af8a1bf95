import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { Logger } from './logger';

/** The header that carries a request's id from the gateway to every subgraph it asks. */
export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * One log line per request — its id (the caller's `x-request-id`, or a new one), the operation's
 * name, how long it took, and its outcome with the codes of its errors — and one more for every
 * internal error, with its cause and stack. Variables and results are never logged: they carry
 * personal data (the logger redacts the usual fields anyway).
 */
export function requestLogPlugin(logger: Logger): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart({ request }) {
      const started = performance.now();
      const header = request.http?.headers.get(REQUEST_ID_HEADER);
      const id = header && /^[\w-]{1,64}$/.test(header) ? header : randomUUID();
      // Kept on the request, so that the gateway passes it on to the subgraphs (gateway/server.ts).
      request.http?.headers.set(REQUEST_ID_HEADER, id);
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            if (code === undefined || code === 'INTERNAL_SERVER_ERROR') {
              const cause = error.originalError ?? error;
              logger.error({ requestId: id, err: cause, path: error.path }, `internal error: ${cause.message}`);
            }
          }
        },
        async willSendResponse({ operationName, response, errors }) {
          const codes = [...new Set((errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')))];
          logger.info(
            {
              requestId: id,
              operation: operationName ?? null,
              durationMs: Math.round(performance.now() - started),
              outcome: codes.length ? 'errors' : 'ok',
              ...(codes.length ? { errorCodes: codes } : {}),
              status: response.http?.status ?? 200,
            },
            'request',
          );
        },
      };
    },
  };
}
