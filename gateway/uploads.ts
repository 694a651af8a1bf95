import express from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * 照片 through the gateway: POST /uploads and GET /uploads/<id> are passed to the services subgraph
 * with the caller's Authorization header (the subgraph verifies the token, checks the type and the size,
 * and decides who may read a photo). An upload is read whole first (at most PHOTO_MAX_BYTES), so a slow
 * phone's minutes of sending are not counted against the subgraph's timeout; a photo read is streamed
 * back as it comes. Nothing is kept here.
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
        ...(req.method === 'POST' ? { body: new Uint8Array(req.body as Buffer) } : {}),
        signal: AbortSignal.timeout(timeoutMs),
      } as RequestInit);
      res.status(answer.status);
      for (const name of ['content-type', 'content-length', 'cache-control', 'x-content-type-options']) {
        const value = answer.headers.get(name);
        if (value) res.set(name, value);
      }
      if (answer.body) await pipeline(Readable.fromWeb(answer.body as never), res);
      else res.end();
    } catch {
      if (res.headersSent) return void res.destroy();
      res.status(502).json({ errors: [{ message: 'The services subgraph did not answer', extensions: { code: 'SUBGRAPH_UNAVAILABLE' } }] });
    }
  };
  const tooLarge = (res: express.Response) =>
    res.status(413).json({ errors: [{ message: `照片不超过${maxBytes}字节 · a photo is at most ${maxBytes} bytes`, extensions: { code: 'REQUEST_TOO_LARGE' } }] });
  // The whole photo, up to the limit: past it, refused without reading on.
  const readBody = express.raw({ type: () => true, limit: maxBytes });
  return (app: express.Express, limit: express.RequestHandler) => {
    app.post('/uploads', limit, (req, res) => {
      // Said to be too large: refused here, before a byte is read (the subgraph checks the bytes it gets too).
      if (Number(req.headers['content-length'] ?? 0) > maxBytes) return void tooLarge(res);
      readBody(req, res, (err?: unknown) => {
        if ((err as { type?: string } | undefined)?.type === 'entity.too.large') return void tooLarge(res);
        if (err) return void res.status(400).json({ errors: [{ message: 'The upload was cut off', extensions: { code: 'BAD_REQUEST' } }] });
        delete req.headers['content-length'];
        return void pass(req, res, '/uploads');
      });
    });
    app.get('/uploads/:id', limit, (req, res) => pass(req, res, `/uploads/${encodeURIComponent(String(req.params.id))}`));
  };
}
