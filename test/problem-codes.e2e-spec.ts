import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from '../src/app.module';
import { loadConfig } from '../src/config/load-config';
import { buildOpenApiDocument, configureApp, createFastifyAdapter } from '../src/configure-app';
import { problemType } from '../src/common/http/problem-details.filter';
import { createTestDatabase, TestDatabase } from './support/test-database';

jest.setTimeout(60_000);

const ROOT = join(__dirname, '..');
const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      // The simulator speaks Factus's errors, not ours; testing helpers answer nobody.
      return name === 'simulator' || name === 'testing' ? [] : sourceFiles(path);
    }
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

const all = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1]);

/**
 * Every problem code the service can answer with, read from the code: `code = '…'` on the error
 * classes, `code: '…'` in code tables (with an underscore: catalogue entries like 'AY' are not
 * problem codes), the generic codes by status of the problem filter, and the per-document-type
 * families (`${type.codePrefix}_NOT_FOUND` for every codePrefix).
 */
function problemCodesInSource(): Map<string, string> {
  const codes = new Map<string, string>();
  const sources = sourceFiles(SRC).map((file) => ({
    file: relative(ROOT, file),
    text: readFileSync(file, 'utf8'),
  }));
  const prefixes = sources.flatMap(({ text }) => all(text, /codePrefix: '([A-Z_]+)'/g));
  expect(prefixes.length).toBeGreaterThanOrEqual(3);
  for (const { file, text } of sources) {
    const found = [
      ...all(text, /\bcode = '([A-Z][A-Z0-9_]+)'/g),
      ...all(text, /\bcode: '([A-Z][A-Z0-9]*_[A-Z0-9_]+)'/g),
      ...(file.endsWith('problem-details.filter.ts')
        ? all(text, /^\s+\d{3}: '([A-Z_]+)',$/gm)
        : []),
      ...all(text, /\$\{[\w.]*[pP]refix\}_([A-Z_]+)`/g).flatMap((suffix) =>
        prefixes.map((prefix) => `${prefix}_${suffix}`),
      ),
    ];
    for (const code of found) codes.set(code, file);
  }
  return codes;
}

/** The codes in the README's "Status codes shared by all operations" table. */
function codesInReadmeTable(): Set<string> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('Status codes shared by all operations');
  expect(start).toBeGreaterThan(0);
  const lines = readme.slice(start).split('\n').slice(1);
  const table = lines.slice(lines.findIndex((l) => l.startsWith('|')));
  const rows = table.slice(
    0,
    table.findIndex((l) => !l.startsWith('|')),
  );
  return new Set(rows.flatMap((row) => all(row.split('|')[2] ?? '', /`([A-Z][A-Z0-9_]+)`/g)));
}

describe('Problem codes: the README and the OpenAPI examples', () => {
  it('reads a credible set of codes from the code (the collector finds every family)', () => {
    const codes = problemCodesInSource();
    for (const code of ['VALIDATION_FAILED', 'FACTUS_UNAUTHORIZED', 'UNSUPPORTED_MEDIA_TYPE']) {
      expect(codes.has(code)).toBe(true);
    }
    for (const code of ['CATALOG_NOT_FOUND', 'CREDIT_NOTE_NOT_FOUND', 'DEBIT_NOTE_REJECTED']) {
      expect(codes.has(code)).toBe(true);
    }
    expect(codes.has('METHOD_NOT_ALLOWED')).toBe(true);
    expect(codes.has('AY')).toBe(false);
  });

  it('lists every problem code in src/ in the README status table', () => {
    const documented = codesInReadmeTable();
    const missing = [...problemCodesInSource()]
      .filter(([code]) => !documented.has(code))
      .map(([code, file]) => `${code} (${file})`);
    expect(missing).toEqual([]);
  });

  describe('in the OpenAPI document', () => {
    let app: NestFastifyApplication;
    let document: ReturnType<typeof buildOpenApiDocument>;
    // The app needs its database; the embedded PGlite does not load inside Jest's sandbox.
    let database: TestDatabase;

    beforeAll(async () => {
      database = await createTestDatabase({ migrate: false });
      const config = {
        ...loadConfig({ NODE_ENV: 'development', LOG_LEVEL: 'error', DATABASE_URL: database.url }),
        swaggerEnabled: false,
      };
      app = await NestFactory.create<NestFastifyApplication>(
        AppModule.forRoot(config),
        createFastifyAdapter(config),
        { logger: false },
      );
      configureApp(app, config);
      await app.init();
      document = buildOpenApiDocument(app);
    });
    afterAll(async () => {
      await app?.close();
      await database?.drop();
    });

    type Example = { value: Record<string, unknown> };
    const errorResponses = () =>
      Object.entries(document.paths).flatMap(([path, item]) =>
        Object.entries(item as Record<string, { responses?: Record<string, unknown> }>).flatMap(
          ([method, operation]) =>
            Object.entries(operation.responses ?? {})
              .filter(([status]) => Number(status) >= 400)
              .map(([status, response]) => ({
                at: `${method.toUpperCase()} ${path} ${status}`,
                status: Number(status),
                problem: (
                  response as {
                    content?: Record<string, { examples?: Record<string, Example> }>;
                  }
                ).content?.['application/problem+json'],
              }))
              // Health answers are terminus's own bodies, not problems.
              .filter(({ problem }) => problem !== undefined)
              .map(({ problem, ...rest }) => ({ ...rest, examples: problem?.examples })),
        ),
      );

    it('gives every documented error response its own examples, with its status, code and detail', () => {
      const known = problemCodesInSource();
      const responses = errorResponses();
      expect(responses.length).toBeGreaterThan(50);
      const wrong = responses.flatMap(({ at, status, examples }) => {
        if (!examples || Object.keys(examples).length === 0) return [`${at}: no example`];
        return Object.entries(examples).flatMap(([name, { value }]) => {
          const problems: string[] = [];
          if (value.status !== status) problems.push(`status ${String(value.status)}`);
          // Keyed by code, or CODE.case when a response shows several cases of one code.
          if (name.split('.')[0] !== value.code || !known.has(String(value.code)))
            problems.push(`code ${name}`);
          if (value.type !== problemType(String(value.code))) problems.push('type');
          if (typeof value.detail !== 'string' || value.detail === '') problems.push('detail');
          return problems.length ? [`${at} ${name}: ${problems.join(', ')}`] : [];
        });
      });
      expect(wrong).toEqual([]);
    });

    it('says the version package.json says', () => {
      const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
        version: string;
      };
      expect(document.info.version).toBe(pkg.version);
    });
  });
});
