import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnService, ServiceProcess } from './support/service-process';

// A real process through ts-node, then two README blocks of curl calls: sized for a loaded 2-core
// machine.
jest.setTimeout(150_000);

const ROOT = join(__dirname, '..');
const JQ = ['/usr/bin/jq', '/usr/local/bin/jq'].find((path) => existsSync(path));

/** The first bash block after the README heading `heading`. */
function bashBlockAfter(heading: string): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf(heading);
  if (start < 0) throw new Error(`no "${heading}" in the README`);
  const match = /```bash\n([\s\S]*?)\n```/.exec(readme.slice(start));
  if (!match) throw new Error(`no bash block after "${heading}"`);
  return match[1];
}

/** The JSON values jq printed, in order (each starts a line with `{` or `[`). */
function jsonValuesIn(output: string): unknown[] {
  const values: unknown[] = [];
  let text = '';
  let depth = 0;
  for (const line of output.split('\n')) {
    if (depth === 0 && !/^[[{]/.test(line)) continue;
    text += `${line}\n`;
    // jq's output of these blocks holds no bracket inside a string.
    for (const char of line) {
      if (char === '{' || char === '[') depth += 1;
      if (char === '}' || char === ']') depth -= 1;
    }
    if (depth === 0) {
      values.push(JSON.parse(text));
      text = '';
    }
  }
  return values;
}

/** The README's asynchronous issuing, as it stands, after the lifecycle block it builds on. */
describe('README: asynchronous issuing from a shell (e2e, real process)', () => {
  let service: ServiceProcess | undefined;
  let workDir: string;

  beforeEach(() => {
    workDir = mkdtempSync(join(tmpdir(), 'factus-readme-ledger-'));
  });
  afterEach(async () => {
    if (service && service.child.exitCode === null) {
      service.child.kill('SIGTERM');
      await service.exited;
    }
    rmSync(workDir, { recursive: true, force: true });
  });

  (JQ ? it : it.skip)(
    'runs verbatim: 202 with the record, its Location turns validated, 409 for other data, the lists',
    async () => {
      // As `npm start` on a fresh clone: embedded simulator, managed session, embedded database.
      service = spawnService({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' }, { cwd: workDir });
      const listening = await service.waitForLog((e) => e.msg === 'Factus API listening', 60_000);
      const lifecycle = bashBlockAfter('### The whole lifecycle from a shell');
      const ledger = bashBlockAfter('### Asynchronous issuing from a shell');
      expect(ledger).toContain('http://localhost:3000');
      // The one change: the port this test's service listens on.
      const runnable = `${lifecycle}\n${ledger}`.replaceAll(
        'http://localhost:3000',
        String(listening.url),
      );
      const output = execFileSync('bash', ['-euo', 'pipefail', '-c', runnable], {
        cwd: workDir,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' },
        timeout: 90_000,
      });

      const ours = output.slice(output.indexOf('HTTP/1.1 202'));
      expect(ours).toMatch(/^HTTP\/1\.1 202 Accepted$/m);
      const reference = /^\/api\/v1\/invoices\/by-reference\/(ASYNC-\d+)$/m.exec(ours)?.[1];
      expect(reference).toBeDefined();
      const json = jsonValuesIn(ours);
      const [accepted, followed, reused, pending, validated] = json as [
        { referenceCode: string; state: string },
        { state: string; number: string; cufe: string; attempts: number; history: string[] },
        { status: number; code: string },
        unknown[],
        { referenceCode: string; number: string }[],
      ];
      expect(accepted.referenceCode).toBe(reference);
      expect(['queued', 'sending']).toContain(accepted.state);
      expect(followed).toMatchObject({ state: 'validated', attempts: 1 });
      expect(followed.number).toMatch(/^SETP\d+$/);
      expect(followed.cufe).toMatch(/^[0-9a-f]{96}$/);
      expect(followed.history).toEqual(['queued', 'sending', 'validated']);
      expect(reused).toEqual({ status: 409, code: 'REFERENCE_CODE_REUSED' });
      expect(pending).toEqual([]);
      // Newest first: the asynchronous invoice, then the lifecycle's.
      expect(validated).toHaveLength(2);
      expect(validated[0]).toEqual({ referenceCode: reference, number: followed.number });
      expect(validated[1].referenceCode).toMatch(/^DEMO-\d+$/);
    },
  );
});
