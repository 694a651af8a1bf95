import type express from 'express';
import { Readable } from 'node:stream';

/**
 * 照片 through the gateway: POST /uploads and GET /uploads/<id> are passed to the services subgraph
 * as they come, with the caller's Authorization header, the body streamed (the subgraph verifies the
 * token, checks the type and the size, and decides who may read a photo). Nothing is kept here.
 */
export function uploadProxy(servicesUrl: string, timeoutMs: number, maxBytes: number) {
  const base = servicesUrl.replace(/\/graphql$/, '');
  const pass = async (req: express.Request, res: express.Response, path: string) => {
    const headers: Record<string, string> = {};
    for (const name of ['authorization', 'content-type', 'content-length', 'x-request-id']) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    try {
      const answer = await fetch(`${base}${path}`, {
        method: req.method,
        headers,
        ...(req.method === 'POST' ? { body: Readable.toWeb(req) as ReadableStream, duplex: 'half' } : {}),
        signal: AbortSignal.timeout(timeoutMs),
      } as RequestInit);
      res.status(answer.status);
      for (const name of ['content-type', 'cache-control', 'x-content-type-options']) {
        const value = answer.headers.get(name);
        if (value) res.set(name, value);
      }
      res.send(Buffer.from(await answer.arrayBuffer()));
    } catch {
      res.status(502).json({ errors: [{ message: 'The services subgraph did not answer', extensions: { code: 'SUBGRAPH_UNAVAILABLE' } }] });
    }
  };
  return (app: express.Express, limit: express.RequestHandler) => {
    app.post('/uploads', limit, (req, res) => {
      // Said to be too large: refused here, before a byte is passed on (the subgraph checks the bytes it gets too).
      if (Number(req.headers['content-length'] ?? 0) > maxBytes) {
        return void res.status(413).json({ errors: [{ message: `照片不超过${maxBytes}字节 · a photo is at most ${maxBytes} bytes`, extensions: { code: 'REQUEST_TOO_LARGE' } }] });
      }
      return pass(req, res, '/uploads');
    });
    app.get('/uploads/:id', limit, (req, res) => pass(req, res, `/uploads/${encodeURIComponent(String(req.params.id))}`));
  };
}
