import express, { type Express } from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { UPLOADING_ROLES } from './domain/requests/photos';
import type { Principal } from '../../platform/auth/tokens';
import type { Config } from '../../platform/server/config';
import type { TerritoryDirectory } from '../../platform/rules/territory';
import type { RequestScope } from '../../platform/server/subgraph';
import { readPhoto, storePhoto } from './app/photos';
import type { Context } from './context';
import type { ServicesModels } from './models';

/**
 * 照片 over HTTP, beside /graphql (the gateway passes both routes through with the caller's token):
 *
 *   POST /uploads        the body the image's bytes → 201 { id, url, contentType, size }
 *   GET  /uploads/<id>   the image, for whoever sees its request (before that, its uploader)
 *
 * Refusals are JSON errors, as the exports' are: 401 UNAUTHENTICATED, 403 FORBIDDEN, 404 NOT_FOUND,
 * 413 REQUEST_TOO_LARGE (over PHOTO_MAX_BYTES), 415 UNSUPPORTED_MEDIA_TYPE (not JPEG, PNG or WebP by its bytes),
 * 429 TOO_MANY_PHOTOS (PHOTO_MAX_PENDING photos of the account not yet on a request).
 */
export function uploadRoutes(
  models: ServicesModels,
  context: (scope: RequestScope) => Context,
): (app: Express, deps: { config: Config; principalOf: (authorization: string | undefined) => Promise<Principal | null>; directory: TerritoryDirectory }) => void {
  return (app, { config, principalOf, directory }) => {
    const refuse = (res: express.Response, status: number, code: string, message: string) => res.status(status).json({ errors: [{ message, extensions: { code } }] });
    // Who is asking, before a byte of the body is read.
    const signedIn: express.RequestHandler = async (req, res, next) => {
      try {
        res.locals.principal = await principalOf(req.headers.authorization);
      } catch (err) {
        return void refuse(res, 401, 'UNAUTHENTICATED', (err as Error).message);
      }
      if (!res.locals.principal) return void refuse(res, 401, 'UNAUTHENTICATED', 'Sign in first: this needs a valid token');
      next();
    };
    // A role that may not upload is refused before its body is read.
    const mayUpload: express.RequestHandler = (_req, res, next) =>
      UPLOADING_ROLES.includes((res.locals.principal as Principal).role) ? next() : void refuse(res, 403, 'FORBIDDEN', 'Only those who may raise a request upload its photos');
    app.post('/uploads', signedIn, mayUpload, express.raw({ type: () => true, limit: config.photoMaxBytes }), async (req, res, next) => {
      try {
        const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        const limits = { maxBytes: config.photoMaxBytes, maxPending: config.photoMaxPending, maxPerDay: config.photoMaxPerDay };
        const outcome = await storePhoto(models, res.locals.principal as Principal, bytes, limits, new Date());
        if (!outcome.ok) return void refuse(res, outcome.status, outcome.code, outcome.message);
        res.status(201).json(outcome.photo);
      } catch (err) {
        next(err);
      }
    });
    app.get('/uploads/:id', signedIn, async (req, res, next) => {
      try {
        const ctx = context({ principal: res.locals.principal as Principal, directory, authorization: req.headers.authorization });
        const photo = await readPhoto(ctx, String(req.params.id));
        if (!photo) return void refuse(res, 404, 'NOT_FOUND', '照片不存在或不可见 · no such photo visible to you');
        res.set({ 'content-type': photo.contentType, 'content-length': String(photo.size), 'cache-control': 'private, max-age=3600', 'x-content-type-options': 'nosniff' });
        // Chunk by chunk, waiting for a slow reader rather than holding the photo in memory.
        await pipeline(Readable.from(photo.chunks), res);
      } catch (err) {
        next(err);
      }
    });
  };
}
