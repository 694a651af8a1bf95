import { createHash } from 'node:crypto';
import type express from 'express';

/**
 * Requests per minute, per caller (the bearer token) and per address, as token buckets: a bucket
 * holds a minute's worth and refills continuously, so short bursts pass and a steady flood is cut
 * to the rate. Over it, a 429 with `Retry-After` and a GraphQL-shaped RATE_LIMITED error. Kept in
 * this process: with several gateway replicas each enforces the limit on its own share.
 */
export interface RateLimits {
  perPrincipal: number;
  perAddress: number;
}

class Buckets {
  private buckets = new Map<string, { tokens: number; at: number }>();
  constructor(private readonly perMinute: number) {}

  /** Takes one token; returns 0, or the seconds until one is available. */
  take(key: string, now: number): number {
    const rate = this.perMinute / 60_000;
    const bucket = this.buckets.get(key) ?? { tokens: this.perMinute, at: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * rate);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (this.buckets.size > 100_000) this.forgetFull(now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / rate / 1_000);
  }

  /** Full buckets carry no information: dropped, so that memory stays bounded. */
  private forgetFull(now: number) {
    for (const [key, b] of this.buckets) if (b.tokens + (now - b.at) * (this.perMinute / 60_000) >= this.perMinute) this.buckets.delete(key);
  }
}

export function rateLimit(limits: RateLimits): express.RequestHandler {
  const byPrincipal = limits.perPrincipal > 0 ? new Buckets(limits.perPrincipal) : null;
  const byAddress = limits.perAddress > 0 ? new Buckets(limits.perAddress) : null;
  if (!byPrincipal && !byAddress) return (_req, _res, next) => next();
  return (req, res, next) => {
    const now = Date.now();
    const header = req.headers.authorization;
    // Keyed by a digest: 100,000 remembered callers stay a few MB whatever their tokens' length.
    const principal = byPrincipal && typeof header === 'string' ? createHash('sha256').update(header).digest('hex') : null;
    const wait = Math.max(byAddress?.take(req.socket.remoteAddress ?? 'unknown', now) ?? 0, principal ? (byPrincipal?.take(principal, now) ?? 0) : 0);
    if (!wait) return next();
    res.setHeader('Retry-After', String(wait));
    res.status(429).json({ errors: [{ message: `Too many requests; retry in ${wait} s`, extensions: { code: 'RATE_LIMITED', retryAfterSeconds: wait } }] });
  };
}
