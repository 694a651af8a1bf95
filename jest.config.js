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
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
};
