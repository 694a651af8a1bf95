import http from 'node:http';

/**
 * POSTs to a subgraph over keep-alive HTTP/1.1 with node's own client: what the gateway does for
 * every fetch of every query plan. It replaces the fetch API here because that API costs the gateway
 * far more CPU per call (a WHATWG request, a streamed body written in pieces, a streamed response)
 * than the call itself: the body is one buffer, written at once; the answer is read whole.
 */
export interface SubgraphResponse {
  ok: boolean;
  status: number;
  statusText: string;
  url: string;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
  json(): Promise<unknown>;
}

// A socket idle in the pool for 30 s is closed here, before the subgraph's server closes it (its
// keepAliveTimeout is 65 s, platform/server/http.ts): a request is then never written to a socket the
// server is closing at that moment, which comes back as "socket hang up".
const agent = new http.Agent({ keepAlive: true, maxSockets: 256, keepAliveMsecs: 10_000, timeout: 30_000 });

export class SubgraphTimeout extends Error {
  override name = 'TimeoutError';
}

export function postToSubgraph(url: string, headers: Record<string, string>, body: string, timeoutMs: number): Promise<SubgraphResponse> {
  return post(url, headers, Buffer.from(body), timeoutMs, true);
}

function post(url: string, headers: Record<string, string>, payload: Buffer, timeoutMs: number, mayRetry: boolean): Promise<SubgraphResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', agent, headers: { ...headers, 'content-length': payload.length } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        clearTimeout(timer);
        const text = Buffer.concat(chunks).toString('utf8');
        const status = response.statusCode ?? 0;
        resolve({
          ok: status >= 200 && status < 300,
          status,
          statusText: response.statusMessage ?? '',
          url,
          headers: {
            get: (name) => {
              const value = response.headers[name.toLowerCase()];
              return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
            },
          },
          text: async () => text,
          json: async () => JSON.parse(text),
        });
      });
    });
    const timer = setTimeout(() => request.destroy(new SubgraphTimeout(`no answer within ${timeoutMs} ms`)), timeoutMs);
    request.on('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      // A kept-alive socket the server closed as this request was written: the server never read it
      // (Node's documented race); sent again once, on a fresh socket.
      if (mayRetry && request.reusedSocket && err.code === 'ECONNRESET') {
        resolve(post(url, headers, payload, timeoutMs, false));
        return;
      }
      reject(err);
    });
    request.end(payload);
  });
}
