import type { FieldError } from '../../common/errors/domain-error';
import { RequestValidationError } from '../../common/errors/common.errors';
import { createValidationPipe } from '../../common/http/validation.pipe';
import { toTenantPatch } from './tenant.mapper';
import { isFactusBaseUrl } from '../domain/tenant';
import { CreateTenantDto, UpdateTenantDto } from './tenant.request.dto';

function body(): Record<string, unknown> {
  return {
    name: 'ACME S.A.S.',
    nit: '900825759',
    factus: {
      baseUrl: 'https://api-sandbox.factus.com.co',
      clientId: 'client-1',
      clientSecret: 'client-secret-1',
      username: 'facturacion@acme.com.co',
      password: 'password-1',
    },
  };
}

// The pipe the app runs (whitelist, one message per field, nulls dropped): as a request sees it.
const pipe = createValidationPipe();
const validate = (metatype: new () => object, value: unknown) =>
  pipe.transform(value, { type: 'body', metatype });
async function fieldsOf(metatype: new () => object, value: unknown): Promise<string[]> {
  const error = await validate(metatype, value).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RequestValidationError);
  return (error as RequestValidationError).errors.map((e: FieldError) => e.field).sort();
}

describe('CreateTenantDto', () => {
  it('accepts a tenant, with or without its own budget', async () => {
    await expect(validate(CreateTenantDto, body())).resolves.toMatchObject({ nit: '900825759' });
    await expect(validate(CreateTenantDto, { ...body(), rateLimit: 60 })).resolves.toMatchObject({
      rateLimit: 60,
    });
  });

  it('names each bad field, nested ones by their path', async () => {
    const bad = {
      name: ' ',
      nit: '900.825.759-7',
      factus: { baseUrl: 'ftp://x', clientId: '', username: 'u', password: 'p'.repeat(501) },
      rateLimit: 0,
      extra: true,
    };
    expect(await fieldsOf(CreateTenantDto, bad)).toEqual([
      'extra',
      'factus.baseUrl',
      'factus.clientId',
      'factus.clientSecret',
      'factus.password',
      'name',
      'nit',
      'rateLimit',
    ]);
  });

  it('refuses a missing factus, a NIT of 4 or 16 digits, a rateLimit over 100000 or not whole', async () => {
    const { factus: _factus, ...withoutFactus } = body();
    expect(await fieldsOf(CreateTenantDto, withoutFactus)).toEqual(['factus']);
    expect(await fieldsOf(CreateTenantDto, { ...body(), nit: '1234' })).toEqual(['nit']);
    expect(await fieldsOf(CreateTenantDto, { ...body(), nit: '1'.repeat(16) })).toEqual(['nit']);
    expect(await fieldsOf(CreateTenantDto, { ...body(), rateLimit: 100_001 })).toEqual([
      'rateLimit',
    ]);
    expect(await fieldsOf(CreateTenantDto, { ...body(), rateLimit: 1.5 })).toEqual(['rateLimit']);
  });
});

describe('UpdateTenantDto', () => {
  it('takes a partial factus and leaves the rest out of the patch', async () => {
    const dto = (await validate(UpdateTenantDto, {
      factus: { password: 'password-2' },
    })) as UpdateTenantDto;
    expect(toTenantPatch(dto)).toEqual({ factus: { password: 'password-2' } });
  });

  it('reads rateLimit: null as "clear it" (the pipe drops other nulls), a number as the budget', async () => {
    const cleared = (await validate(UpdateTenantDto, { rateLimit: null })) as UpdateTenantDto;
    expect(toTenantPatch(cleared)).toEqual({ rateLimit: null });
    const set = (await validate(UpdateTenantDto, {
      rateLimit: 5,
      enabled: false,
    })) as UpdateTenantDto;
    expect(toTenantPatch(set)).toEqual({ rateLimit: 5, enabled: false });
    const none = (await validate(UpdateTenantDto, { name: 'X' })) as UpdateTenantDto;
    expect(toTenantPatch(none)).toEqual({ name: 'X' });
  });

  it('still validates a rateLimit that is not null, and an empty factus field', async () => {
    expect(await fieldsOf(UpdateTenantDto, { rateLimit: '5' })).toEqual(['rateLimit']);
    expect(await fieldsOf(UpdateTenantDto, { rateLimit: 0 })).toEqual(['rateLimit']);
    expect(await fieldsOf(UpdateTenantDto, { factus: { clientSecret: '' } })).toEqual([
      'factus.clientSecret',
    ]);
    expect(await fieldsOf(UpdateTenantDto, { enabled: 'yes' })).toEqual(['enabled']);
  });
});

describe('isFactusBaseUrl', () => {
  it.each([
    'https://api.factus.com.co',
    'https://api-sandbox.factus.com.co/',
    'http://localhost:8080',
    'http://127.0.0.1:3001/base',
    'http://[::1]:8080',
  ])('accepts %s', (url) => expect(isFactusBaseUrl(url)).toBe(true));

  it.each([
    'http://api.factus.com.co',
    'http://10.0.0.5',
    'https://user:secret@api.factus.com.co',
    'https://api.factus.com.co/?token=x',
    'https://api.factus.com.co/#x',
    'ftp://api.factus.com.co',
    'api.factus.com.co',
    '',
  ])('refuses %s', (url) => expect(isFactusBaseUrl(url)).toBe(false));
});
