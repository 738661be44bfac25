// Flat config with type-checked rules. Module boundaries (../shared/ARCHITECTURE.md) are enforced
// here, not by convention: see the "Module boundaries" section below.
import { readdirSync } from 'node:fs';
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

// ---- Module boundaries ------------------------------------------------------------------------
// One rule, @typescript-eslint/no-restricted-imports (it knows `import type`). Flat config does not
// merge a rule's options across blocks (the last block matching a file wins), so each block below
// lists every pattern that applies to its files, and the blocks go from general to specific.

/**
 * Folders of src/ that are shared infrastructure, not features: anyone may import them, all
 * layers. Every other folder of src/ is a feature (account, invoices..., and the ones to come),
 * found here by listing src/, so a new feature is bounded the day it is created.
 */
const SHARED = new Set([
  'common',
  'config',
  'database',
  'factus',
  'http',
  'operations',
  'redis',
  'simulator',
]);
const FEATURES = readdirSync(new URL('./src/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !SHARED.has(entry.name))
  .map((entry) => entry.name);

/**
 * `documents` is the kernel the document types build on (its generic gateway, mappers, controller
 * factory and DTOs are there to be used), so its adapters are open to every feature. It is bounded
 * the other way: it may not reach into another feature's adapters, nor know any document type.
 */
const KERNEL = 'documents';
/** The document types built on the kernel (add support-documents, adjustment-notes... here). */
const DOCUMENT_TYPES = ['invoices', 'notes'];

const SPECS = ['src/**/*.spec.ts'];

/** (c) The simulator is its own program: the service loads it only lazily (`await import`). */
const SIMULATOR = {
  group: ['**/simulator', '**/simulator/**'],
  message:
    'The simulator is its own program: only tests and the lazy `await import` in bootstrap.ts load it.',
};

/** (a) A feature uses another through its domain and application, never its adapters. */
const adaptersOfOtherFeatures = (feature) => ({
  group: FEATURES.filter((other) => other !== feature && other !== KERNEL).flatMap((other) =>
    ['infrastructure', 'http'].flatMap((layer) => [
      `**/${other}/${layer}`,
      `**/${other}/${layer}/**`,
    ]),
  ),
  message:
    "A feature may use another feature's domain and application, never its infrastructure/ or http/.",
});

/** (b) The domain is plain TypeScript: decimal.js (money) is the one library it may use. */
const DOMAIN_LIBRARIES = {
  regex: '^(?![./]|decimal\\.js$)',
  message:
    'The domain is plain TypeScript: no framework, adapter, wire or Node library (decimal.js aside).',
};
const DOMAIN_INWARD = {
  group: [
    ...['infrastructure', 'http', 'application'].flatMap((layer) => [
      `**/${layer}`,
      `**/${layer}/**`,
    ]),
    ...['config', 'factus', 'redis', 'operations', 'common/cache'].map(
      (shared) => `**/${shared}/**`,
    ),
    '**/*.module',
    '**/configure-app',
    '**/bootstrap',
  ],
  message:
    'Dependencies point inward: the domain imports only other domain code (and common/errors).',
};

const KERNEL_KNOWS_NO_TYPE = {
  group: DOCUMENT_TYPES.flatMap((type) => [`**/${type}`, `**/${type}/**`]),
  message:
    'The document kernel knows no document type: invoices/ and notes/ build on it, not the reverse.',
};
const boundsOf = (feature) =>
  feature === KERNEL
    ? [adaptersOfOtherFeatures(feature), KERNEL_KNOWS_NO_TYPE]
    : [adaptersOfOtherFeatures(feature)];

const restrict = (...patterns) => ({
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
});

/** src/simulator imports nothing outside itself: at depth d, a path that climbs d levels leaves it. */
const simulatorStaysInside = [1, 2, 3, 4, 5].map((depth) => ({
  files: [`src/simulator/${'*/'.repeat(depth - 1)}*.ts`],
  ...restrict({
    regex: `^(\\.\\./){${depth}}`,
    message: 'The simulator imports nothing from the service: it keeps its own copies.',
  }),
}));

export const moduleBoundaries = [
  { files: ['src/**/*.ts'], ignores: ['src/simulator/**', ...SPECS], ...restrict(SIMULATOR) },
  ...FEATURES.flatMap((feature) => [
    { files: [`src/${feature}/**/*.ts`], ...restrict(SIMULATOR, ...boundsOf(feature)) },
    // Tests may start the simulator; the feature boundary still holds for them.
    { files: [`src/${feature}/**/*.spec.ts`], ...restrict(...boundsOf(feature)) },
  ]),
  // Domain specs may read the domain's output as the caller does (e.g. through src/http).
  {
    files: ['src/**/domain/**/*.ts'],
    ignores: ['src/simulator/**', ...SPECS],
    ...restrict(SIMULATOR, DOMAIN_LIBRARIES, DOMAIN_INWARD),
  },
  // The bootstrap names the simulator's type; the code itself arrives through `await import`.
  { files: ['src/bootstrap.ts'], ...restrict({ ...SIMULATOR, allowTypeImports: true }) },
  ...simulatorStaysInside,
];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'coverage/',
      'node_modules/',
      'eslint.config.mjs',
      'jest.config.js',
      'test-output/',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  prettier,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.jest },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-extraneous-class': 'off',
    },
  },
  ...moduleBoundaries,
  // Small files and functions: a source file over 300 lines, or a function over 60 outside the
  // simulator, is a design to split. Tests aside.
  {
    files: ['src/**/*.ts'],
    ignores: SPECS,
    rules: { 'max-lines': ['error', { max: 300 }] },
  },
  {
    files: ['src/**/*.ts'],
    ignores: [...SPECS, 'src/simulator/**'],
    rules: {
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
