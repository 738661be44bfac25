import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import {
  parseTenantsFile,
  readTenantsFile,
  TENANTS_FILE_MAX_BYTES,
  TenantsFileError,
} from './tenants-file';

const SECRET = 'acme-client-secret-0123456789';
const PASSWORD = 'acme-password-0123456789';
const SHA = 'ab'.repeat(32);
const FILE = '/etc/factus-api/tenants.yaml';

const YAML = `
tenants:
  - id: acme            # TENANT_ID_PATTERN
    name: ACME S.A.S.
    nit: "900123456"
    rateLimit: 80
    factus: { baseUrl: https://api.factus.com.co/, clientId: acme-client, clientSecret: ${SECRET}, username: ops@acme.co, password: ${PASSWORD} }
    apiKeys:
      - { keyId: "0123456789ab", sha256: "${SHA}" }
  - id: globex
    name: Globex
    nit: 800765432
    enabled: false
    factus:
      baseUrl: http://localhost:4010
      clientId: globex-client
      clientSecret: globex-secret
      username: ops@globex.co
      password: globex-password
`;

type Entry = Record<string, unknown>;
const entry = (overrides: Entry = {}): Entry => ({
  id: 'acme',
  name: 'ACME S.A.S.',
  nit: '900123456',
  factus: {
    baseUrl: 'https://api.factus.com.co',
    clientId: 'acme-client',
    clientSecret: SECRET,
    username: 'ops@acme.co',
    password: PASSWORD,
  },
  apiKeys: [{ keyId: '0123456789ab', sha256: SHA }],
  ...overrides,
});
const problemOf = (text: string): TenantsFileError => {
  try {
    parseTenantsFile(FILE, text);
  } catch (error) {
    if (error instanceof TenantsFileError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
};
const withTenants = (...tenants: Entry[]) => JSON.stringify({ tenants });

describe('TENANTS_FILE', () => {
  it('reads YAML into declared file tenants (defaults, digits, trailing slash dropped)', () => {
    expect(parseTenantsFile(FILE, YAML)).toEqual([
      {
        id: 'acme',
        name: 'ACME S.A.S.',
        nit: '900123456',
        rateLimit: 80,
        enabled: true,
        source: 'file',
        factus: {
          baseUrl: 'https://api.factus.com.co',
          clientId: 'acme-client',
          clientSecret: SECRET,
          username: 'ops@acme.co',
          password: PASSWORD,
        },
        apiKeys: [{ keyId: '0123456789ab', sha256: Buffer.from(SHA, 'hex') }],
      },
      expect.objectContaining({
        id: 'globex',
        nit: '800765432',
        enabled: false,
        apiKeys: [],
        factus: expect.objectContaining({ baseUrl: 'http://localhost:4010' }) as unknown,
      }),
    ]);
  });

  it('reads the same tenants from JSON', () => {
    const fromYaml = parseTenantsFile(FILE, YAML);
    const json = JSON.stringify({ tenants: [entry({ rateLimit: 80 })] });
    expect(parseTenantsFile(FILE, json)[0]).toEqual(fromYaml[0]);
    expect(parseTenantsFile(FILE, 'tenants: []')).toEqual([]);
  });

  it.each([
    ['tenants[0].id', withTenants(entry({ id: 'ACME' })), 'lowercase'],
    ['tenants[0].id', withTenants(entry({ id: 'default' })), 'reserved'],
    ['tenants[0].name', withTenants(entry({ name: ' ' })), 'blank'],
    ['tenants[0].nit', withTenants(entry({ nit: '900.123.456-7' })), 'digits'],
    ['tenants[0].rateLimit', withTenants(entry({ rateLimit: 0 })), 'whole number'],
    ['tenants[0].enabled', withTenants(entry({ enabled: 'yes' })), 'true or false'],
    ['tenants[0].factus', withTenants(entry({ factus: 'x' })), 'object'],
    [
      'tenants[0].factus.baseUrl',
      withTenants(entry({ factus: { ...(entry().factus as Entry), baseUrl: 'http://factus.co' } })),
      'https',
    ],
    [
      'tenants[0].factus.password',
      withTenants(entry({ factus: { ...(entry().factus as Entry), password: 42 } })),
      'string',
    ],
    [
      'tenants[0].factus.clientSecret',
      withTenants(entry({ factus: { ...(entry().factus as Entry), clientSecret: undefined } })),
      'required',
    ],
    [
      'tenants[0].apiKeys[0].keyId',
      withTenants(entry({ apiKeys: [{ keyId: 'XYZ', sha256: SHA }] })),
      '12 lowercase hex',
    ],
    [
      'tenants[0].apiKeys[0].sha256',
      withTenants(entry({ apiKeys: [{ keyId: '0123456789ab', sha256: 'ftk_0123456789ab_x' }] })),
      'sha256sum',
    ],
    ['tenants[1].id', withTenants(entry(), entry()), 'repeats tenant acme'],
    ['tenants[1].apiKeys[0].keyId', withTenants(entry(), entry({ id: 'globex' })), 'repeats key'],
    ['tenants', '{"tenants": {}}', 'list'],
  ])('names %s when it is wrong', (path, text, problem) => {
    const error = problemOf(text);
    expect(error.path).toBe(path);
    expect(error.message).toContain(FILE);
    expect(error.message).toContain(path);
    expect(error.message).toContain(problem);
    expect(error.message).not.toContain(SECRET);
    expect(error.message).not.toContain(PASSWORD);
  });

  it('never quotes a line of a file that is not YAML (it may hold a secret)', () => {
    const error = problemOf(`tenants:\n  - factus: { clientSecret: "${SECRET}\n`);
    expect(error.message).toContain('not valid YAML or JSON at line');
    expect(error.message).not.toContain(SECRET);
    expect(problemOf('[1, 2]').message).toContain('`tenants` list');
  });

  it('refuses a file with the same key twice', () => {
    expect(problemOf('tenants: []\ntenants: []').message).toContain('not valid YAML');
  });

  describe('on disk', () => {
    let dir: string;
    beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'tenants-file-'))));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('reads the file', async () => {
      const file = join(dir, 'tenants.yaml');
      writeFileSync(file, stringify({ tenants: [entry()] }));
      expect((await readTenantsFile(file)).map((tenant) => tenant.id)).toEqual(['acme']);
    });

    it('refuses a file over 1 MiB, and one that cannot be read, naming it', async () => {
      const big = join(dir, 'big.yaml');
      writeFileSync(big, `# ${'x'.repeat(TENANTS_FILE_MAX_BYTES)}\ntenants: []\n`);
      await expect(readTenantsFile(big)).rejects.toThrow(`TENANTS_FILE ${big}: is over`);
      const missing = join(dir, 'missing.yaml');
      await expect(readTenantsFile(missing)).rejects.toThrow(
        `TENANTS_FILE ${missing}: cannot be read (ENOENT)`,
      );
    });
  });
});
