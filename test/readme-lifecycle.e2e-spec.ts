import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnService, ServiceProcess } from './support/service-process';

// A real process through ts-node, then a dozen curl calls: sized for a loaded 2-core machine.
jest.setTimeout(120_000);

const ROOT = join(__dirname, '..');
const JQ = ['/usr/bin/jq', '/usr/local/bin/jq'].find((path) => existsSync(path));

/** The first bash block under the README's "The whole lifecycle from a shell". */
function lifecycleBlock(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### The whole lifecycle from a shell'));
  const match = /```bash\n([\s\S]*?)\n```/.exec(section);
  if (!match) throw new Error('no bash block in the lifecycle section');
  return match[1];
}

/** The README's curl sequence, as it stands, against the service as `npm start` runs it. */
describe('README: the lifecycle from a shell (e2e, real process)', () => {
  let service: ServiceProcess | undefined;
  let workDir: string;

  beforeEach(() => {
    workDir = mkdtempSync(join(tmpdir(), 'factus-readme-'));
  });
  afterEach(async () => {
    if (service && service.child.exitCode === null) {
      service.child.kill('SIGTERM');
      await service.exited;
    }
    rmSync(workDir, { recursive: true, force: true });
  });

  (JQ ? it : it.skip)(
    'runs verbatim: preview, create, show, list, PDF, XML, credit note, acquirer',
    async () => {
      // No configuration at all, as `npm start` on a fresh clone: embedded simulator, managed session.
      service = spawnService({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' }, { cwd: workDir });
      const listening = await service.waitForLog((e) => e.msg === 'Factus API listening', 60_000);
      const script = lifecycleBlock();
      expect(script).toContain('http://localhost:3000/api/v1');
      // The one change: the port this test's service listens on.
      const runnable = script.replace('http://localhost:3000', String(listening.url));
      const output = execFileSync('bash', ['-euo', 'pipefail', '-c', runnable], {
        cwd: workDir,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' },
        timeout: 60_000,
      });

      const number = /^(SETP\d+)$/m.exec(output)?.[1];
      expect(number).toBeDefined();
      expect(output).toContain('"total": "71400.00"');
      expect(output).toContain('"status": "validated"');
      expect(output).toMatch(/"cufe": "[0-9a-f]{96}"/);
      expect(output).toContain('"total": 1');
      expect(output).toContain('200 application/pdf');
      expect(output).toContain('200 application/xml');
      expect(output).toMatch(/"cude": "[0-9a-f]{96}"/);
      expect(output).toContain('"total": "23800.00"');
      expect(output).toContain('"isValidated": true');
      expect(output).toContain('"name": "Nombre Cédula de ciudadanía 1"');
      expect(readdirSync(workDir).sort()).toEqual(
        [`${number}.pdf`, `${number}.xml`, 'invoice.json'].sort(),
      );
      expect(
        readFileSync(join(workDir, `${number}.pdf`))
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    },
  );
});
