import { createHmac, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import { userError, type UserError } from '../../../platform/rules/user-errors';

/*
 * Webhooks' rules as plain functions: which URLs a street may register, how a delivery is signed and
 * checked, and how long a failed delivery waits before its next try.
 */

export const MAX_URL_LENGTH = 500;

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** Whether a host is the machine itself: localhost, 127.0.0.0/8, ::1. */
export function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (LOOPBACK_NAMES.has(host)) return true;
  return isIP(host) === 4 && host.startsWith('127.');
}

/**
 * A webhook's URL: https:// anywhere, or http:// to a loopback address (a receiver on the same
 * machine); no user or password in it (the secret signs instead), no fragment, at most 500 characters.
 */
export function checkWebhookUrl(raw: string, field = 'input.url'): UserError | null {
  const bad = (why: string) => userError('INVALID_URL', `推送地址不可用:${why}`, field);
  if (raw.length > MAX_URL_LENGTH) return bad(`不得超过${MAX_URL_LENGTH}个字符 · at most ${MAX_URL_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return bad('不是有效的网址 · not a URL');
  }
  if (url.username || url.password) return bad('网址中不得含用户名或密码 · no user or password in the URL');
  if (url.hash) return bad('网址不得含#片段 · no fragment');
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && isLoopback(url.hostname)) return null;
  return bad('须为https地址,或本机(127.0.0.1)的http地址 · https://, or http:// to a loopback address');
}

/** The signature header's value: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" under the secret>`. */
export function signDelivery(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * What a receiver does with the header (the project's tests do it, and the README shows it): the
 * signature must match the body as received, and the timestamp be recent (against replays).
 */
export function verifyDelivery(secret: string, header: string | undefined | null, body: string, nowSeconds: number, toleranceSeconds = 300): boolean {
  const parts = Object.fromEntries((header ?? '').split(',').map((p) => p.split('=', 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || !parts.v1 || Math.abs(nowSeconds - t) > toleranceSeconds) return false;
  const expected = Buffer.from(signDelivery(secret, t, body).split('v1=')[1], 'hex');
  const given = Buffer.from(parts.v1, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * How long a delivery waits after its `attempts`-th failed try: base × 2^(attempts−1), at most the cap,
 * with "equal jitter" (between half and all of it), so that deliveries failing together do not retry
 * together. `random` is in [0, 1).
 */
export function backoffMs(attempts: number, baseMs: number, capMs: number, random: number): number {
  const full = Math.min(capMs, baseMs * 2 ** Math.min(Math.max(attempts - 1, 0), 40));
  return Math.round(full / 2 + (full / 2) * random);
}
