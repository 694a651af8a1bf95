import fs from 'node:fs';
import path from 'node:path';
import express from 'express';

/**
 * The web console (控制台, web/) served by the gateway at `/`: the files Vite built into web/dist
 * (`npm install` builds them, see scripts/build-web.ts), and index.html for every other GET that is not
 * one of the gateway's own routes, so that a client route (`/organizations/<id>/needs`) opened or
 * reloaded in the browser finds the console.
 *
 * Every answer carries a strict Content-Security-Policy: scripts, styles, images and requests only from
 * this origin (the console loads no font, script or style from anywhere else — nothing leaves the
 * machine), no frames, no plugins, no inline script.
 */
export const CONSOLE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** Paths the console never answers: the gateway's own routes. */
const RESERVED = /^\/(graphql|health|export|uploads|dev)(\/|$)/;

export const DEFAULT_CONSOLE_DIR = path.resolve(__dirname, '../web/dist');

export function consoleRoutes(dir = DEFAULT_CONSOLE_DIR) {
  const secure: express.RequestHandler = (_req, res, next) => {
    res.set('content-security-policy', CONSOLE_CSP);
    res.set('x-content-type-options', 'nosniff');
    res.set('referrer-policy', 'no-referrer');
    res.set('x-frame-options', 'DENY');
    next();
  };
  const index = path.join(dir, 'index.html');
  return (app: express.Express) => {
    // Hashed file names (assets/…-<hash>.js) never change: cached for a year; index.html never cached.
    app.use(
      '/assets',
      secure,
      express.static(path.join(dir, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }),
    );
    app.use((req, res, next) => {
      if ((req.method !== 'GET' && req.method !== 'HEAD') || RESERVED.test(req.path)) return next();
      secure(req, res, () => {
        const file = path.join(dir, path.normalize(req.path));
        // A file of the build's top level (favicon.svg…), or the console itself.
        if (file.startsWith(dir + path.sep) && path.dirname(file) === dir && fs.existsSync(file) && fs.statSync(file).isFile()) {
          return void res.sendFile(file, { maxAge: '1h' });
        }
        if (path.extname(req.path) && req.path !== '/index.html') return void res.status(404).type('text/plain').send('Not found');
        if (!fs.existsSync(index)) {
          return void res
            .status(503)
            .type('text/plain; charset=utf-8')
            .send('控制台尚未构建：请运行 npm install（或 npm run web:build）· The console is not built: run npm install (or npm run web:build).');
        }
        res.set('cache-control', 'no-cache');
        res.sendFile(index);
      });
    });
  };
}
