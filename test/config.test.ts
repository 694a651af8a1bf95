import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ConfigError, parseConfig } from '../platform/server/config';

describe('configuration', () => {
  it('has working defaults: loopback, the usual ports, the embedded database', () => {
    const config = parseConfig({});
    expect(config.host).toBe('127.0.0.1');
    expect(config.gatewayPort).toBe(4000);
    expect(config.mongoUri).toBeUndefined();
    expect(config.subgraphs['resident-units']).toMatchObject({
      port: 4003,
      url: 'http://127.0.0.1:4003/graphql',
      dbName: 'coop_resident_units',
    });
  });

  it('gives a subgraph its own database URI when one is set', () => {
    const config = parseConfig({ MONGODB_URI: 'mongodb://db:27017', SERVICES_MONGODB_URI: 'mongodb://other:27017' });
    expect(config.subgraphs.members.mongoUri).toBe('mongodb://db:27017');
    expect(config.subgraphs.services.mongoUri).toBe('mongodb://other:27017');
  });

  it('lets a subgraph listen on an address of its own, and the gateway reach it there', () => {
    const config = parseConfig({ SERVICES_HOST: '127.0.0.2' });
    expect(config.subgraphs.services).toMatchObject({ host: '127.0.0.2', url: 'http://127.0.0.2:4004/graphql' });
    expect(config.subgraphs.members).toMatchObject({ host: '127.0.0.1', url: 'http://127.0.0.1:4002/graphql' });
  });

  it('loads no demo data in production unless asked, and refuses a guessable secret', () => {
    const secret = 'h7Qm2vX9pLk4sT8wZr3nB6yC1dF5gJ0e';
    expect(parseConfig({}).demoData).toBe(true);
    expect(parseConfig({ NODE_ENV: 'production', JWT_SECRET: secret }).demoData).toBe(false);
    expect(parseConfig({ NODE_ENV: 'production', JWT_SECRET: secret, DEMO_DATA: 'true' }).demoData).toBe(true);
    expect(() => parseConfig({ JWT_SECRET: 'a'.repeat(36) })).toThrow(/JWT_SECRET: must be random/);
    expect(() => parseConfig({ JWT_SECRET: 'abababababababababababababababababab' })).toThrow(/JWT_SECRET/);
  });

  it('names every bad variable at once', () => {
    expect(() => parseConfig({ GATEWAY_PORT: 'eighty', MONGODB_URI: 'postgres://x', LOG_LEVEL: 'loud' })).toThrow(ConfigError);
    try {
      parseConfig({ GATEWAY_PORT: 'eighty', MONGODB_URI: 'postgres://x', LOG_LEVEL: 'loud' });
    } catch (err) {
      const message = (err as Error).message;
      expect(message).toMatch(/GATEWAY_PORT/);
      expect(message).toMatch(/MONGODB_URI: must start with mongodb:\/\//);
      expect(message).toMatch(/LOG_LEVEL/);
    }
  });

  it('stops `npm start` before it starts anything when a value is bad', () => {
    const result = spawnSync(
      process.execPath,
      [path.join('node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/start.ts'],
      { env: { ...process.env, GATEWAY_PORT: '99999' }, encoding: 'utf8', timeout: 30_000 },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Invalid configuration');
    expect(result.stderr).toContain('GATEWAY_PORT');
  });
});
