// Unit tests sit beside the code (src/**/*.spec.ts); e2e tests boot the real app over real HTTP
// against the Factus simulator (test/**/*.e2e-spec.ts). `npm test` runs both projects.
//
// @fastify/static 10 depends on content-disposition 3, which is ESM-only. Node 20 loads it through
// require(esm), but Jest's module loader cannot, so that one package is transformed to CommonJS.
// (It sits under @fastify/static/node_modules: the service itself uses content-disposition 1, CommonJS.)
const shared = {
  moduleFileExtensions: ['js', 'json', 'ts'],
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
    '^.+\\.m?js$': ['babel-jest', { plugins: ['@babel/plugin-transform-modules-commonjs'] }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(@fastify/static/node_modules/)?content-disposition/)'],
};

/** @type {import('jest').Config} */
module.exports = {
  // Sized for a loaded 2-core machine: some unit specs use the real PostgreSQL or PGlite, and every
  // e2e service starts with a database of its own (created and migrated at start-up). A global
  // option: Jest ignores testTimeout inside a project, which left hooks at its 5 s default.
  testTimeout: 30_000,
  // Jest's default is half the cores: one worker on a 2-core machine, which left both cores idle
  // while a suite waited on PostgreSQL, the simulator or a timer. Three workers keep them busy:
  // `npm test` took 8.5 minutes instead of 14 on one, all tests passing.
  maxWorkers: 3,
  projects: [
    { ...shared, displayName: 'unit', rootDir: '.', testMatch: ['<rootDir>/src/**/*.spec.ts'], setupFiles: ['<rootDir>/test/support/quiet-nest-logger.ts'] },
    { ...shared, displayName: 'e2e', rootDir: '.', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'] },
  ],
  collectCoverageFrom: ['src/**/*.ts', '!src/**/*.spec.ts', '!src/main.ts'],
};
