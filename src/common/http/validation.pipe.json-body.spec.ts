import { DocumentItemDto, ItemTaxDto } from '../../documents/http/item.dto';
import { PreviewInvoiceRequestDto } from '../../invoices/http/preview-invoice.request.dto';
import { previewLine, previewRequest } from '../../invoices/http/testing/preview-request';
import { RequestValidationError } from '../errors/common.errors';
import { createValidationPipe } from './validation.pipe';

const line = (n: number) =>
  previewLine({ codeReference: `PROD-${n}`, name: `Producto ${n}`, quantity: '2.00' });
const preview = (items: unknown[] = [line(1), line(2), line(3)]) => previewRequest(items);

const withLine = (index: number, change: Record<string, unknown>) => {
  const items = [line(1), line(2), line(3)];
  items[index] = { ...items[index], ...change };
  return preview(items);
};

/** What a parsed JSON body may hold, valid and not: each as JSON.parse would hand it over. */
const BODIES: Array<[string, Record<string, unknown>]> = [
  ['the example', preview()],
  ['a missing required field', { ...preview(), referenceCode: undefined }],
  ['an unknown field', { ...preview(), colour: 'red' }],
  ['an unknown field in a line', withLine(1, { colour: 'red' })],
  ['a bad amount in the middle line', withLine(1, { price: '10.999' })],
  ['a line that is not an object', preview([line(1), 'x', line(3)])],
  ['items that are not a list', { ...preview(), items: 'x' }],
  ['a tax that is null', withLine(2, { taxes: [null] })],
  ['an optional field sent as null', { ...preview(), observation: null }],
  ['a required object sent as null', { ...preview(), customer: null }],
  ['a key named constructor', { ...preview(), constructor: 'x' }],
  ['a nested key named constructor', withLine(0, { constructor: { a: 1 } })],
];

/** The value the pipe hands to the handler, or the field errors it refuses with. */
async function outcome(run: Promise<unknown>): Promise<unknown> {
  return run.then(
    (value) => ({ value }),
    (error: unknown) => {
      if (!(error instanceof RequestValidationError)) throw error;
      return { errors: error.errors };
    },
  );
}

describe('the validation pipe on a JSON body', () => {
  const pipe = createValidationPipe();
  // The same pipe, through Nest's ValidationPipe (what every value but a JSON body takes).
  const viaNest = (value: unknown) =>
    pipe.transform(value, { type: 'query', metatype: PreviewInvoiceRequestDto });
  const asBody = (value: unknown) =>
    pipe.transform(value, { type: 'body', metatype: PreviewInvoiceRequestDto });
  const parsed = (body: object) => JSON.parse(JSON.stringify(body)) as unknown;

  it.each(BODIES)('answers %s exactly as Nest’s ValidationPipe does', async (_case, body) => {
    const expected = await outcome(viaNest(parsed(body)));
    expect(await outcome(asBody(parsed(body)))).toStrictEqual(expected);
  });

  it('hands over instances of the DTO classes, nested ones included', async () => {
    const dto = (await asBody(parsed(preview()))) as PreviewInvoiceRequestDto;
    expect(dto).toBeInstanceOf(PreviewInvoiceRequestDto);
    expect(dto.items[2]).toBeInstanceOf(DocumentItemDto);
    expect(dto.items[2].taxes[0]).toBeInstanceOf(ItemTaxDto);
  });

  it('refuses a field named prototype as it refuses any unknown field (Nest’s pipe dropped it)', async () => {
    const { errors } = (await outcome(asBody(parsed({ ...preview(), prototype: 1 })))) as {
      errors: unknown;
    };
    expect(errors).toEqual([{ field: 'prototype', message: 'prototype is not a known field' }]);
  });
});
