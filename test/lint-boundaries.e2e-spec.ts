import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/**
 * The module boundaries of eslint.config.mjs, proven on snippets linted under fake file paths with
 * ESLint's Node API and the project's own config. ESLint loads that ES-module config with a
 * dynamic import, which Jest's module loader cannot run, so a child `node` does the linting.
 * Type-aware rules are switched off (the fake files are in no TypeScript project); the boundary
 * rule does not need types.
 */
const LINTER = `
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
const snippets = JSON.parse(process.argv[1]);
const eslint = new ESLint({ overrideConfig: [tseslint.configs.disableTypeChecked] });
const results = [];
for (const { filePath, code } of snippets) {
  const [result] = await eslint.lintText(code, { filePath });
  results.push(result.messages.map((m) => ({ ruleId: m.ruleId, fatal: m.fatal === true })));
}
process.stdout.write(JSON.stringify(results));
`;

interface Snippet {
  filePath: string;
  code: string;
}
type Findings = Array<{ ruleId: string | null; fatal: boolean }>;

const value = (filePath: string, from: string): Snippet => ({
  filePath,
  code: `import { probe } from '${from}';\nexport const used = probe;\n`,
});

async function lint(snippets: Snippet[]): Promise<Findings[]> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--input-type=module', '-e', LINTER, JSON.stringify(snippets)],
    { cwd: `${__dirname}/..`, maxBuffer: 10 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as Findings[];
}

const BOUNDARY = '@typescript-eslint/no-restricted-imports';

const offending: Array<[string, Snippet]> = [
  // (a) a feature reaches into another feature's adapters
  [
    'notes → invoices/infrastructure',
    value('src/notes/application/p.ts', '../../invoices/infrastructure/g'),
  ],
  [
    'acquirers → catalogs/http',
    value('src/acquirers/http/p.ts', '../../catalogs/http/catalogs.controller'),
  ],
  [
    'the kernel → a document type',
    value('src/documents/application/p.ts', '../../notes/domain/note'),
  ],
  // (b) the domain imports a framework, a library or an outer layer
  ['domain → @nestjs/common', value('src/invoices/domain/p.ts', '@nestjs/common')],
  ['domain → zod', value('src/notes/domain/p.ts', 'zod')],
  ['domain → node:http', value('src/common/domain/p.ts', 'node:http')],
  ['domain → class-validator', value('src/catalogs/domain/p.ts', 'class-validator')],
  ['domain → its application/', value('src/invoices/domain/p.ts', '../application/issue')],
  ['domain → own infrastructure/', value('src/account/domain/p.ts', '../infrastructure/factus')],
  ['domain → config', value('src/numbering-ranges/domain/p.ts', '../../config/app-config')],
  ['domain → the Factus client', value('src/documents/domain/p.ts', '../../factus/factus-call')],
  // (c) the simulator, both ways
  ['config → simulator', value('src/config/p.ts', '../simulator/demo-account')],
  ['bootstrap → simulator, eagerly', value('src/bootstrap.ts', './simulator/embedded')],
  ['a feature → simulator', value('src/invoices/application/p.ts', '../../simulator/bills/x')],
  ['simulator → the service (depth 1)', value('src/simulator/p.ts', '../config/app-config')],
  [
    'simulator → the service (depth 2)',
    value('src/simulator/bills/p.ts', '../../catalogs/data/x.json'),
  ],
];

const clean: Array<[string, Snippet]> = [
  ['domain → decimal.js', value('src/invoices/domain/p.ts', 'decimal.js')],
  ['domain → common/errors', value('src/notes/domain/p.ts', '../../common/errors/domain-error')],
  [
    'domain → another domain',
    value('src/notes/domain/p.ts', '../../documents/domain/document-type'),
  ],
  [
    'feature → another application',
    value('src/invoices/application/p.ts', '../../numbering-ranges/application/s'),
  ],
  [
    'feature → its own adapters',
    value('src/invoices/http/p.ts', '../infrastructure/factus-invoice.gateway'),
  ],
  [
    'feature → the kernel’s http',
    value('src/notes/http/p.ts', '../../documents/http/document.response.dto'),
  ],
  ['feature → shared common/http', value('src/acquirers/http/p.ts', '../../common/http/etag')],
  [
    'a test → simulator',
    value('src/invoices/application/p.spec.ts', '../../simulator/factus-simulator'),
  ],
  ['simulator → itself and packages', value('src/simulator/bills/p.ts', '../core/x')],
  ['simulator → fastify', value('src/simulator/bills/p.ts', 'fastify')],
  [
    'bootstrap → simulator type, loaded lazily',
    {
      filePath: 'src/bootstrap.ts',
      code:
        "import type { EmbeddedSimulator } from './simulator/embedded';\n" +
        'export const start = async (): Promise<EmbeddedSimulator> =>\n' +
        "  (await import('./simulator/embedded')).startEmbeddedSimulator();\n",
    },
  ],
];

describe('Module boundaries (eslint.config.mjs)', () => {
  let findings: Findings[];

  beforeAll(async () => {
    findings = await lint([...offending, ...clean].map(([, snippet]) => snippet));
  }, 60_000);

  it.each(offending.map(([name], index) => [name, index]))('reports %s', (name, index) => {
    const rules = findings[index].map((f) => f.ruleId);
    expect({ name, rules }).toEqual({ name, rules: expect.arrayContaining([BOUNDARY]) });
  });

  it.each(clean.map(([name], index) => [name, offending.length + index]))(
    'allows %s',
    (name, index) => {
      const reported = findings[index].filter((f) => f.fatal || f.ruleId === BOUNDARY);
      expect({ name, reported }).toEqual({ name, reported: [] });
    },
  );
});
