/** Jest runs the TypeScript sources through SWC (type checking is `npm run typecheck`). */
module.exports = {
  // Node's environment, plus a test stack per worker that test files share (test/support/shared-stack.ts).
  testEnvironment: '<rootDir>/test/support/environment.ts',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(ts|js)$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  // jose ships ES modules only; let SWC turn them into CommonJS for Jest.
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60000,
  // Two cores: two workers, each running its own stack against the shared embedded database.
  maxWorkers: 2,
  // A worker that has stopped its stack has nothing left open but its stdio pipes, and fires 'exit' within
  // ~0.1 s of being told to end; tearing its process down (a heap of several hundred MB) then takes ~0.4 s
  // more on this machine, past Jest's default of 0.5 s under load ("failed to exit gracefully").
  workerGracefulExitTimeout: 5000,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
};
