import { Types } from 'mongoose';
import type { Principal } from '../../../platform/auth/tokens';
import { isObjectId } from '../../../platform/server/subgraph';
import { isDuplicateKey } from '../../../platform/data/unique-keys';
import { dayOf } from '../domain/requests/calendar';
import { userError, type UserError } from '../../../platform/rules/user-errors';
import { MAX_PHOTOS, photoType, UPLOADING_ROLES } from '../domain/requests/photos';
import type { Context } from '../context';
import type { PhotoDoc, PhotoRef, ServicesModels } from '../models';
import { visibleRequest } from '../loaders/visible';

/*
 * 照片: photos of residents' requests, stored by the project. A photo is uploaded first (POST /uploads,
 * the body the image's bytes, the caller's token), checked by its bytes and its size, and kept
 * unattached for its uploader; raising a request with its id attaches it, and from then on it is read by
 * whoever sees that request (GET /uploads/<id>). Its bytes are kept in chunks of their own collection.
 */

/** Bytes per chunk: well inside a document's limit on MongoDB and FerretDB. */
const CHUNK_BYTES = 255 * 1024;

export type UploadOutcome =
  | { ok: true; photo: { id: string; url: string; contentType: string; size: number } }
  | { ok: false; status: number; code: string; message: string };

export const photoUrl = (id: unknown) => `/uploads/${String(id)}`;

/** Stores an uploaded photo for its uploader, or says why not (as an HTTP status and code). */
export async function storePhoto(
  models: ServicesModels,
  principal: Principal | null,
  bytes: Buffer,
  limits: { maxBytes: number; maxPending: number; maxPerDay: number },
  now: Date,
): Promise<UploadOutcome> {
  const { maxBytes, maxPending } = limits;
  if (!principal) return { ok: false, status: 401, code: 'UNAUTHENTICATED', message: 'Sign in first: this needs a valid token' };
  if (!UPLOADING_ROLES.includes(principal.role)) return { ok: false, status: 403, code: 'FORBIDDEN', message: 'Only those who may raise a request upload its photos' };
  if (bytes.length > maxBytes) return { ok: false, status: 413, code: 'REQUEST_TOO_LARGE', message: `照片不超过${maxBytes}字节 · a photo is at most ${maxBytes} bytes` };
  const contentType = photoType(bytes);
  if (!contentType) return { ok: false, status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: '只接受JPEG、PNG或WebP图片 · only JPEG, PNG or WebP images' };
  // Photos not (yet) on a request are bounded per account: uploads alone do not fill the database.
  if ((await models.Photo.countDocuments({ uploadedBy: principal.subject, requestId: null })) >= maxPending) {
    return { ok: false, status: 429, code: 'TOO_MANY_PHOTOS', message: `未提交的照片最多${maxPending}张,请先提交诉求 · at most ${maxPending} photos not yet on a request` };
  }
  // And so are an account's uploads of a day, attached or not, exactly (the count above is a read; a
  // few uploads at once may pass it together, never more than the day's slots).
  const _id = new Types.ObjectId();
  if (!(await takeDailySlot(models, principal.subject, _id, now, limits.maxPerDay))) {
    return { ok: false, status: 429, code: 'TOO_MANY_PHOTOS', message: `每天最多上传${limits.maxPerDay}张照片 · at most ${limits.maxPerDay} photos a day` };
  }
  const chunks = Math.max(1, Math.ceil(bytes.length / CHUNK_BYTES));
  // The chunks first: a photo document is there only once its bytes all are.
  await models.PhotoChunk.insertMany(
    Array.from({ length: chunks }, (_, n) => ({ _id: `${String(_id)}#${String(n).padStart(4, '0')}`, photoId: _id, n, data: bytes.subarray(n * CHUNK_BYTES, (n + 1) * CHUNK_BYTES) })),
  );
  await models.Photo.create({ _id, contentType, size: bytes.length, chunks, uploadedBy: principal.subject, uploadedAt: now, requestId: null });
  return { ok: true, photo: { id: String(_id), url: photoUrl(_id), contentType, size: bytes.length } };
}

/**
 * One upload of the account's day, if the day has one left. Each upload takes a numbered slot, a unique
 * `_id`: of concurrent uploads exactly `maxPerDay` find a free one — a unique insert is atomic on MongoDB
 * and FerretDB alike, where a conditional `$inc` is not (FerretDB v1 reads and writes the document apart).
 */
async function takeDailySlot(models: ServicesModels, subject: string, photoId: Types.ObjectId, now: Date, maxPerDay: number): Promise<boolean> {
  const day = `${subject}|${dayOf(now)}|`;
  for (let n = await models.PhotoSlot.countDocuments({ _id: { $gte: day, $lt: `${day}~` } }); n < maxPerDay; n++) {
    try {
      await models.PhotoSlot.create({ _id: `${day}${String(n).padStart(5, '0')}`, holderId: photoId, at: now });
      return true;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
  }
  return false;
}

/**
 * A photo's bytes, if the caller may see it: its request's readers (the same rule as the request's),
 * or, before it is on a request, its uploader. Anything else reads as missing.
 */
export async function readPhoto(ctx: Context, id: string): Promise<{ contentType: string; size: number; chunks: AsyncIterable<Buffer> } | null> {
  if (!ctx.principal || !isObjectId(id)) return null;
  const photo = (await ctx.models.Photo.findById(id).lean()) as PhotoDoc | null;
  if (!photo) return null;
  const allowed = photo.requestId ? !!(await visibleRequest(ctx, String(photo.requestId))) : photo.uploadedBy === ctx.principal.subject;
  if (!allowed) return null;
  // Chunk by chunk, as the reader takes them: a photo is never whole in memory here.
  const cursor = ctx.models.PhotoChunk.find({ photoId: photo._id }).sort({ photoId: 1, n: 1 }).batchSize(2).lean().cursor();
  async function* chunks() {
    for await (const chunk of cursor) yield bytesOf((chunk as { data: unknown }).data);
  }
  return { contentType: photo.contentType, size: photo.size, chunks: chunks() };
}

/** A stored chunk's bytes: a Buffer, or the driver's Binary (lean reads) holding them. */
const bytesOf = (data: unknown): Buffer =>
  Buffer.isBuffer(data) ? data : Buffer.from((data as { buffer: Uint8Array }).buffer);

/**
 * Attaches the caller's unattached photos to a new request: all or none. Each is claimed by a
 * conditional update (still unattached), so two requests raised at once cannot share a photo.
 */
export async function attachPhotos(models: ServicesModels, principal: Principal, ids: readonly string[], requestId: Types.ObjectId): Promise<{ photos: PhotoRef[]; errors: UserError[] }> {
  if (!ids.length) return { photos: [], errors: [] };
  const invalid = (message: string) => ({ photos: [], errors: [userError('INVALID_PHOTO', message, 'input.photoIds')] });
  const unique = [...new Set(ids)];
  if (unique.length > MAX_PHOTOS) return invalid(`照片最多${MAX_PHOTOS}张 · at most ${MAX_PHOTOS} photos`);
  if (!unique.every(isObjectId)) return invalid('照片不存在 · no such photo');
  const objectIds = unique.map((id) => new Types.ObjectId(id));
  const photos = (await models.Photo.find({ _id: { $in: objectIds } }).lean()) as PhotoDoc[];
  if (photos.length !== unique.length || photos.some((p) => p.uploadedBy !== principal.subject || p.requestId)) {
    return invalid('照片不存在、不是您上传的或已用于其他诉求 · no such photo of yours that is not on a request yet');
  }
  const claimed = await models.Photo.updateMany({ _id: { $in: objectIds }, requestId: null }, { $set: { requestId, attachedAt: new Date() } });
  if (claimed.modifiedCount !== unique.length) {
    await releasePhotos(models, requestId);
    return invalid('照片已用于其他诉求 · a photo is already on another request');
  }
  const byId = new Map(photos.map((p) => [String(p._id), p]));
  return { photos: unique.map((id) => ({ id: byId.get(id)!._id, contentType: byId.get(id)!.contentType, size: byId.get(id)!.size })), errors: [] };
}

/** Gives the photos put on a request back to their uploaders, unattached (the request was not written). */
export async function releasePhotos(models: ServicesModels, requestId: Types.ObjectId): Promise<void> {
  await models.Photo.updateMany({ requestId }, { $set: { requestId: null, attachedAt: null } });
}

const HOUR_MS = 3_600_000;

/**
 * The photos' upkeep, on the request sweep's timer: photos their uploader never put on a request within
 * `keepHours` go, with their bytes; photos attached to a request that was never written (its raise failed
 * after attaching them: a killed process) go back to their uploader. A few hundred a sweep.
 */
export async function sweepPhotos(models: ServicesModels, now: Date, keepHours: number): Promise<{ removed: number; released: number }> {
  // Attached between a day and ten minutes ago (a raise takes well under that): is their request there?
  const recent = (await models.Photo.find({ attachedAt: { $gte: new Date(now.getTime() - 24 * HOUR_MS), $lt: new Date(now.getTime() - HOUR_MS / 6) } }, { requestId: 1 })
    .limit(500)
    .lean()) as Pick<PhotoDoc, '_id' | 'requestId'>[];
  const requestIds = [...new Set(recent.map((p) => String(p.requestId)))].map((id) => new Types.ObjectId(id));
  const written = new Set((await models.Request.find({ _id: { $in: requestIds } }, { _id: 1 }).lean()).map((r) => String(r._id)));
  const stranded = requestIds.filter((id) => !written.has(String(id)));
  for (const id of stranded) await releasePhotos(models, id);

  const stale = (await models.Photo.find({ requestId: null, uploadedAt: { $lt: new Date(now.getTime() - keepHours * HOUR_MS) } }, { _id: 1 })
    .limit(500)
    .lean()) as Pick<PhotoDoc, '_id'>[];
  let removed = 0;
  for (const { _id } of stale) {
    // Only if still unattached (a raise may take it this instant); its bytes after the photo itself.
    if (await models.Photo.findOneAndDelete({ _id, requestId: null })) {
      await models.PhotoChunk.deleteMany({ photoId: _id });
      removed += 1;
    }
  }
  return { removed, released: stranded.length };
}
