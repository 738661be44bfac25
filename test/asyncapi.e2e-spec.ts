import { readFileSync } from 'node:fs';
import {
  ASYNCAPI_PATH,
  asyncApiText,
  buildAsyncApiDocument,
  OPENAPI_PATH,
  toJsonSchema,
  type OpenApiSource,
} from '../src/asyncapi';
import { EVENT_TYPES } from '../src/webhooks/domain/webhook-event';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const openapi = JSON.parse(readFileSync(OPENAPI_PATH, 'utf8')) as OpenApiSource;
const committed = readFileSync(ASYNCAPI_PATH, 'utf8');
const document = JSON.parse(committed) as Json;

/** Follows a local `$ref` (`#/a/b`, JSON Pointer escapes included) inside the document. */
function resolve(pointer: string): unknown {
  expect(pointer.startsWith('#/')).toBe(true);
  return pointer
    .slice(2)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((node, key) => (node as Json | undefined)?.[key], document);
}

function refsIn(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((item) => refsIn(item, found));
  else if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node as Json)) {
      if (key === '$ref' && typeof value === 'string') found.push(value);
      else refsIn(value, found);
    }
  return found;
}

describe('asyncapi.json: the webhook events (AsyncAPI 3.0)', () => {
  it('is what `npm run asyncapi` generates from the code and openapi.json (run it and commit)', () => {
    expect(committed).toBe(asyncApiText(openapi));
  });

  it('describes every event type a receiver can get, on the receive operation', () => {
    const { channels, operations, components } = document;
    expect(document.asyncapi).toBe('3.0.0');
    expect(Object.keys(components.messages)).toEqual([...EVENT_TYPES]);
    expect(Object.keys(channels.webhookEndpoint.messages)).toEqual([...EVENT_TYPES]);
    const operation = operations.receiveEvent;
    expect(operation.action).toBe('receive');
    expect(operation.bindings.http.method).toBe('POST');
    // Each operation message is the channel's, which is the component of that type.
    const received = (operation.messages as Json[]).map((entry) => resolve(entry.$ref as string));
    expect(received).toEqual(
      EVENT_TYPES.map((type) => ({ $ref: `#/components/messages/${type}` })),
    );
    for (const type of EVENT_TYPES) {
      const message = components.messages[type] as Json;
      expect(message.payload.required).toEqual(['id', 'type', 'createdAt', 'data']);
      expect(message.payload.properties.type.const).toBe(type);
      expect(resolve(message.headers.$ref as string)).toMatchObject({
        required: ['webhook-id', 'webhook-timestamp', 'webhook-signature'],
      });
    }
  });

  it("gives document events the ledger record exactly as openapi.json's schema describes it", () => {
    const copied = document.components.schemas.LedgerRecordResponseDto as Json;
    expect(copied).toEqual(toJsonSchema(openapi.components.schemas.LedgerRecordResponseDto));
    expect(Object.keys(copied.properties)).toEqual(
      Object.keys(openapi.components.schemas.LedgerRecordResponseDto.properties as Json),
    );
    const data = document.components.messages['credit_note.rejected'].payload.properties.data;
    expect(data.allOf).toEqual([{ $ref: '#/components/schemas/LedgerRecordResponseDto' }]);
    expect(data.properties).toEqual({
      documentType: { const: 'credit-note' },
      state: { const: 'rejected' },
    });
  });

  it('turns OpenAPI 3.0 nullable fields into JSON Schema (numbering range endDate)', () => {
    const range = document.components.schemas.NumberingRangeDto as Json;
    expect(range.properties.endDate.type).toEqual(['string', 'null']);
    expect(JSON.stringify(document)).not.toContain('"nullable"');
  });

  it('has every $ref pointing at something in the document', () => {
    const refs = refsIn(document);
    expect(refs.length).toBeGreaterThan(EVENT_TYPES.length * 3);
    for (const pointer of refs)
      expect({ pointer, target: resolve(pointer) }).toEqual({
        pointer,
        target: expect.anything(),
      });
  });

  it('fails loudly when openapi.json lacks a schema it copies', () => {
    const broken = { ...openapi, components: { schemas: {} } };
    expect(() => buildAsyncApiDocument(broken)).toThrow(
      /LedgerRecordResponseDto|NumberingRangeDto/,
    );
  });
});
