import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from './config.error';
import { loadEnvironmentConfig } from './environment';

describe('loadEnvironmentConfig', () => {
  let dir: string;
  const touched = ['PORT', 'SHUTDOWN_GRACE_MS', 'FACTUS_TIMEOUT_MS'] as const;
  const saved = touched.map((name) => [name, process.env[name]] as const);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'factus-env-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  const envFile = (text: string) => {
    const path = join(dir, '.env');
    writeFileSync(path, text);
    return path;
  };

  it('reads a .env file, and a variable of the real environment wins over it', async () => {
    delete process.env.SHUTDOWN_GRACE_MS;
    process.env.PORT = '4321';
    const envFilePath = envFile('PORT=1234\nSHUTDOWN_GRACE_MS=7000\nFACTUS_TIMEOUT_MS=5000\n');
    const config = await loadEnvironmentConfig({ envFilePath });
    expect(config.port).toBe(4321);
    expect(config.shutdown.graceMs).toBe(7000);
    // The file's values reach the configuration only, not the process environment.
    expect(process.env.SHUTDOWN_GRACE_MS).toBeUndefined();
  });

  it('works without a .env file', async () => {
    process.env.PORT = '4322';
    const config = await loadEnvironmentConfig({ envFilePath: join(dir, 'missing.env') });
    expect(config.port).toBe(4322);
  });

  it('fails with a ConfigError naming a bad variable from the file', async () => {
    delete process.env.FACTUS_TIMEOUT_MS;
    const envFilePath = envFile('FACTUS_TIMEOUT_MS=soon\n');
    const failure = loadEnvironmentConfig({ envFilePath });
    await expect(failure).rejects.toBeInstanceOf(ConfigError);
    await expect(failure).rejects.toMatchObject({ variable: 'FACTUS_TIMEOUT_MS' });
  });
});
