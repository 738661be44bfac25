import { Injectable } from '@nestjs/common';
import { readFile, stat } from 'node:fs/promises';
import { parse, YAMLParseError } from 'yaml';
import { isFactusBaseUrl, isValidTenantId, TENANT_NIT_PATTERN as NIT } from '../domain/tenant';
import type { DeclaredTenantsSource } from '../domain/declared-tenants.port';
import type { DeclaredTenant } from '../domain/tenant-store.port';

/** A TENANTS_FILE is a handful of tenants; anything bigger is not one. */
export const TENANTS_FILE_MAX_BYTES = 1024 * 1024;

const NAME_MAX = 200;
const CREDENTIAL_MAX = 500;
const RATE_LIMIT_MAX = 100_000;
const KEY_ID = /^[0-9a-f]{12}$/;
const SHA256_HEX = /^[0-9a-f]{64}$/i;

/** TENANTS_FILE cannot be used: names the file and the JSON path of the bad value, never a value. */
export class TenantsFileError extends Error {
  constructor(
    readonly file: string,
    readonly path: string,
    problem: string,
  ) {
    super(`TENANTS_FILE ${file}: ${path ? `${path} ` : ''}${problem}`);
    this.name = 'TenantsFileError';
  }
}

/** Reads and validates TENANTS_FILE (YAML, or JSON: a subset of YAML). */
export async function readTenantsFile(file: string): Promise<DeclaredTenant[]> {
  let text: string;
  try {
    const { size } = await stat(file);
    if (size > TENANTS_FILE_MAX_BYTES) {
      throw new TenantsFileError(file, '', `is over ${TENANTS_FILE_MAX_BYTES} bytes (${size})`);
    }
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof TenantsFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new TenantsFileError(file, '', `cannot be read (${code})`);
  }
  return parseTenantsFile(file, text);
}

/** Validates the text of TENANTS_FILE; `file` only names it in errors. */
export function parseTenantsFile(file: string, text: string): DeclaredTenant[] {
  if (Buffer.byteLength(text) > TENANTS_FILE_MAX_BYTES) {
    throw new TenantsFileError(file, '', `is over ${TENANTS_FILE_MAX_BYTES} bytes`);
  }
  let document: unknown;
  try {
    document = parse(text, { maxAliasCount: 100, prettyErrors: true });
  } catch (error) {
    // yaml's message quotes the offending line, which may hold a secret: only where, and what.
    if (error instanceof YAMLParseError) {
      const at = error.linePos?.[0];
      const where = at ? ` at line ${at.line}, column ${at.col}` : '';
      throw new TenantsFileError(file, '', `is not valid YAML or JSON${where} (${error.code})`);
    }
    throw new TenantsFileError(file, '', 'is not valid YAML or JSON');
  }
  const fields = new Fields(file);
  const root = fields.object(document, '');
  const list = root.tenants;
  if (!Array.isArray(list)) fields.fail('tenants', 'must be a list of tenants');
  const tenants = (list as unknown[]).map((entry, i) => fields.tenant(entry, `tenants[${i}]`));
  assertUnique(fields, tenants);
  return tenants;
}

function assertUnique(fields: Fields, tenants: DeclaredTenant[]): void {
  const ids = new Map<string, number>();
  const keyIds = new Set<string>();
  tenants.forEach((tenant, i) => {
    const first = ids.get(tenant.id);
    if (first !== undefined) {
      fields.fail(`tenants[${i}].id`, `repeats tenant ${tenant.id} (tenants[${first}])`);
    }
    ids.set(tenant.id, i);
    tenant.apiKeys.forEach((key, k) => {
      if (keyIds.has(key.keyId)) {
        fields.fail(`tenants[${i}].apiKeys[${k}].keyId`, `repeats key ${key.keyId}`);
      }
      keyIds.add(key.keyId);
    });
  });
}

type Json = Record<string, unknown>;

/** Typed readers over the parsed document; each failure names the JSON path. */
class Fields {
  constructor(private readonly file: string) {}

  fail(path: string, problem: string): never {
    throw new TenantsFileError(this.file, path, problem);
  }

  object(value: unknown, path: string): Json {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.fail(path, path ? 'must be an object' : 'must be an object with a `tenants` list');
    }
    return value as Json;
  }

  tenant(value: unknown, path: string): DeclaredTenant {
    const entry = this.object(value, path);
    const id = this.text(entry.id, `${path}.id`, 40);
    if (!isValidTenantId(id)) {
      this.fail(
        `${path}.id`,
        'must be 1 to 40 lowercase letters, digits or -, starting with a letter or digit, and not `default` or `other` (reserved)',
      );
    }
    const rateLimit = entry.rateLimit;
    if (rateLimit !== undefined && rateLimit !== null)
      this.rateLimit(rateLimit, `${path}.rateLimit`);
    const enabled = entry.enabled ?? true;
    if (typeof enabled !== 'boolean') this.fail(`${path}.enabled`, 'must be true or false');
    const keys = entry.apiKeys ?? [];
    if (!Array.isArray(keys)) this.fail(`${path}.apiKeys`, 'must be a list');
    return {
      id,
      name: this.name(entry.name, `${path}.name`),
      nit: this.nit(entry.nit, `${path}.nit`),
      factus: this.factus(entry.factus, `${path}.factus`),
      ...(typeof rateLimit === 'number' ? { rateLimit } : {}),
      enabled,
      source: 'file',
      apiKeys: (keys as unknown[]).map((key, k) => this.apiKey(key, `${path}.apiKeys[${k}]`)),
    };
  }

  private factus(value: unknown, path: string): DeclaredTenant['factus'] {
    const factus = this.object(value, path);
    const baseUrl = this.text(factus.baseUrl, `${path}.baseUrl`, CREDENTIAL_MAX);
    if (!isFactusBaseUrl(baseUrl)) {
      this.fail(
        `${path}.baseUrl`,
        'must be an https URL (plain http only to localhost or 127.0.0.1), without credentials, query or fragment',
      );
    }
    return {
      baseUrl: baseUrl.replace(/\/+$/, ''),
      clientId: this.text(factus.clientId, `${path}.clientId`, CREDENTIAL_MAX),
      clientSecret: this.text(factus.clientSecret, `${path}.clientSecret`, CREDENTIAL_MAX),
      username: this.text(factus.username, `${path}.username`, CREDENTIAL_MAX),
      password: this.text(factus.password, `${path}.password`, CREDENTIAL_MAX),
    };
  }

  private apiKey(value: unknown, path: string): DeclaredTenant['apiKeys'][number] {
    const key = this.object(value, path);
    const keyId = this.text(key.keyId, `${path}.keyId`, 12);
    if (!KEY_ID.test(keyId))
      this.fail(
        `${path}.keyId`,
        'must be 12 lowercase hex characters (the id inside ftk_<keyId>_…)',
      );
    const sha256 = this.text(key.sha256, `${path}.sha256`, 64);
    if (!SHA256_HEX.test(sha256)) {
      this.fail(
        `${path}.sha256`,
        'must be the SHA-256 of the key in hex (64 characters): echo -n "$KEY" | sha256sum',
      );
    }
    return { keyId, sha256: Buffer.from(sha256, 'hex') };
  }

  private name(value: unknown, path: string): string {
    const name = this.text(value, path, NAME_MAX);
    if (!/\S/.test(name)) this.fail(path, 'must not be blank');
    return name;
  }

  /** Digits; an unquoted YAML number is taken as its digits. */
  private nit(value: unknown, path: string): string {
    const nit = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
    if (typeof nit !== 'string' || !NIT.test(nit)) {
      this.fail(path, 'must be 5 to 15 digits, without check digit, dots or hyphen');
    }
    return nit;
  }

  private rateLimit(value: unknown, path: string): void {
    if (
      typeof value !== 'number' ||
      !Number.isInteger(value) ||
      value < 1 ||
      value > RATE_LIMIT_MAX
    ) {
      this.fail(path, `must be a whole number from 1 to ${RATE_LIMIT_MAX}`);
    }
  }

  /** A non-empty string of at most `max` characters. The message never repeats the value. */
  private text(value: unknown, path: string, max: number): string {
    if (value === undefined || value === null) this.fail(path, 'is required');
    if (typeof value !== 'string') this.fail(path, 'must be a string');
    if (value.length === 0) this.fail(path, 'must not be empty');
    if (value.length > max) this.fail(path, `must be at most ${max} characters`);
    return value;
  }
}

/** TENANTS_FILE as the application sees it: a source of declared tenants. */
@Injectable()
export class TenantsFileSource implements DeclaredTenantsSource {
  read(file: string): Promise<DeclaredTenant[]> {
    return readTenantsFile(file);
  }
}
