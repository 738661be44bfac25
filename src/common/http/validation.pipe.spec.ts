import { PreviewInvoiceRequestDto } from '../../invoices/http/preview-invoice.request.dto';
import { previewRequest } from '../../invoices/http/testing/preview-request';
import { RequestValidationError } from '../errors/common.errors';
import { createValidationPipe, MAX_REQUEST_DEPTH } from './validation.pipe';

const preview = () => previewRequest();

// The cases fuzzing found (test/fuzz.e2e-spec.ts): each was a 500 or an unnamed field before.
describe('the request validation pipe', () => {
  const pipe = createValidationPipe();
  const run = (value: unknown) =>
    pipe.transform(value, { type: 'body', metatype: PreviewInvoiceRequestDto });
  const errorsOf = async (value: unknown) => {
    const error = await run(value).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RequestValidationError);
    return (error as RequestValidationError).errors;
  };

  it('accepts the example', async () => {
    await expect(run(preview())).resolves.toBeInstanceOf(PreviewInvoiceRequestDto);
  });

  it('refuses nesting deeper than MAX_REQUEST_DEPTH, naming where, without overflowing the stack', async () => {
    const deep = JSON.parse('['.repeat(100_000) + ']'.repeat(100_000)) as unknown;
    const errors = await errorsOf({ ...preview(), observation: deep });
    expect(errors).toEqual([
      {
        field: `observation${'[0]'.repeat(MAX_REQUEST_DEPTH - 1)}`,
        message: expect.stringContaining(`nested more than ${MAX_REQUEST_DEPTH} levels`),
      },
    ]);
  });

  it('refuses text with an unpaired surrogate, which validator.isEmail throws on', async () => {
    const body = preview();
    body.customer = { ...(body.customer as object), email: '\uD800@example.com' };
    expect(await errorsOf(body)).toEqual([
      { field: 'customer.email', message: expect.stringContaining('unpaired surrogate') },
    ]);
    await expect(run({ ...preview(), observation: '😀 paired is fine' })).resolves.toBeDefined();
  });

  it('refuses an array where an object is expected (ValidateNested alone lets it through)', async () => {
    const body = preview();
    expect((await errorsOf({ ...body, customer: [] })).map((e) => e.field)).toEqual(['customer']);
    expect((await errorsOf({ ...body, items: [[]] })).map((e) => e.field)).toEqual(['items']);
    const { customer: _absent, ...withoutCustomer } = body;
    expect((await errorsOf(withoutCustomer)).map((e) => e.field)).toEqual(['customer']);
  });

  it('hands on a null optional field as absent', async () => {
    const body = preview();
    body.customer = { ...(body.customer as object), company: null, email: null };
    const dto = (await run({ ...body, observation: null })) as PreviewInvoiceRequestDto;
    expect(dto).not.toHaveProperty('observation');
    expect(dto.customer).not.toHaveProperty('email');
    expect(dto.customer).not.toHaveProperty('company');
  });

  it('names every unknown field, "" and odd names included', async () => {
    const errors = await errorsOf({ ...preview(), '': 0, 'a b': 1, unknownField: 2 });
    expect(errors).toEqual([
      { field: '[""]', message: '[""] is not a known field' },
      { field: '["a b"]', message: '["a b"] is not a known field' },
      { field: 'unknownField', message: 'unknownField is not a known field' },
    ]);
    const nested = preview();
    nested.customer = { ...(nested.customer as object), '': 1 };
    expect(await errorsOf(nested)).toEqual([
      { field: 'customer[""]', message: '[""] is not a known field' },
    ]);
  });

  it('says only "is required" when a required field is missing, and why otherwise', async () => {
    const { referenceCode: _r, ...body } = preview();
    const customer = { ...(body.customer as object), identification: undefined };
    const errors = await errorsOf({ ...body, customer, items: undefined });
    expect(errors).toEqual(
      expect.arrayContaining([
        { field: 'referenceCode', message: 'referenceCode is required' },
        { field: 'customer.identification', message: 'identification is required' },
        { field: 'items', message: 'items is required' },
      ]),
    );
    const present = await errorsOf({ ...preview(), referenceCode: 'no spaces allowed' });
    expect(present[0].message).not.toContain('is required');
  });

  it('refuses control characters, naming the field', async () => {
    const body = preview();
    body.customer = { ...(body.customer as object), company: 'ACME\u001b[2J' };
    expect(await errorsOf(body)).toEqual([
      {
        field: 'customer.company',
        message:
          'customer.company must not contain control characters (NUL, ESC, CR, LF, tab and the like)',
      },
    ]);
  });

  it('lists the first 50 errors and counts them all', async () => {
    const unknown = Object.fromEntries(Array.from({ length: 70 }, (_, i) => [`u${i}`, 1]));
    const error = await run({ ...preview(), ...unknown }).catch((e: unknown) => e);
    expect((error as RequestValidationError).errors).toHaveLength(50);
    expect((error as RequestValidationError).detail).toBe(
      '70 field(s) failed validation; the first 50 are listed.',
    );
  });

  it('refuses a path parameter outside the alphabet or with a dot-segment', async () => {
    const param = (value: string) =>
      pipe.transform(value, { type: 'param', data: 'number', metatype: String });
    await expect(param('SETP990000001')).resolves.toBe('SETP990000001');
    await expect(param('REF/2026.A')).resolves.toBe('REF/2026.A');
    for (const bad of ['..', '.', 'a/../b', './a', 'a b', 'ñ', '']) {
      await expect(param(bad)).rejects.toBeInstanceOf(RequestValidationError);
    }
  });
});
