/**
 * 照片: what a photo upload may be. Its type is read from its first bytes (the client's
 * content-type is not trusted): JPEG, PNG or WebP; anything else is refused.
 */

export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];

/** Most photos on one request. */
export const MAX_PHOTOS = 9;

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);

/** The image type the bytes are, by their magic numbers; null when they are none of the three. */
export function photoType(bytes: Uint8Array): PhotoType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  // RIFF <size> WEBP
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return null;
}

/** Who may upload a photo: those who may raise a request (residents, members, grid workers, committees). */
export const UPLOADING_ROLES = ['RESIDENT', 'MEMBER', 'GRID_WORKER', 'COMMUNITY_ADMIN', 'STREET_ADMIN'];
