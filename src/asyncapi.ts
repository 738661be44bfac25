/*
 * `npm run asyncapi`: writes asyncapi.json (AsyncAPI 3.0) at the repository root: what a webhook
 * receiver gets, one message per event type of EVENT_TYPES. The ledger record and the numbering
 * range are copied from openapi.json's components (run `npm run openapi` first), turned from
 * OpenAPI 3.0 schemas into JSON Schema, so the events and the API can never describe them apart.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DOCUMENT_EVENT_STATES,
  DOCUMENT_EVENT_SUBJECTS,
  EVENT_TYPES,
  type EventType,
} from './webhooks/domain/webhook-event';

type Schema = Record<string, unknown>;

/** What is read from openapi.json. */
export interface OpenApiSource {
  info: { version: string };
  components: { schemas: Record<string, Schema> };
}

const ROOT = join(__dirname, '..');
export const ASYNCAPI_PATH = join(ROOT, 'asyncapi.json');
export const OPENAPI_PATH = join(ROOT, 'openapi.json');

const CHANNEL = 'webhookEndpoint';
const SCHEMA_REF = '#/components/schemas/';
/** Copied from openapi.json with every schema they refer to. */
const COPIED_SCHEMAS = ['LedgerRecordResponseDto', 'NumberingRangeDto'];
const HTTP_BINDING_VERSION = '0.3.0';

type DocumentState = (typeof DOCUMENT_EVENT_STATES)[number];
const WHEN: Record<DocumentState, string> = {
  validated:
    'DIAN validated the document: it has its number and its CUFE (invoices), CUDE (credit and debit notes) or CUDS (support documents and adjustment notes).',
  pending_dian:
    'Factus took the document and DIAN has not answered (or Factus answered rule 90): the ledger follows it up; do not resend.',
  rejected:
    'DIAN rejected the document (deleted at Factus by default; the ledger keeps it with dianMessages): correct it and send it again.',
  failed:
    'The service gave up on the document: refused for good, LEDGER_MAX_ATTEMPTS spent, or DIAN silent past LEDGER_PENDING_MAX_AGE_MS (see lastError).',
};
const OTHER_WHEN: Record<string, string> = {
  'numbering_range.low':
    'An active numbering range has fewer numbers left than WEBHOOK_RANGE_LOW_REMAINING, or its resolution ends within WEBHOOK_RANGE_LOW_DAYS (once per range and threshold, when the ranges are fetched from Factus).',
  'webhook_endpoint.disabled':
    "One of the account's endpoints was disabled by the service: it answered 410 Gone, or had no 2xx for WEBHOOK_DISABLE_AFTER_MS.",
};

/** OpenAPI 3.0's `nullable` and `example` in JSON Schema's words (`type: [t, "null"]`, `examples`). */
export function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (node === null || typeof node !== 'object') return node;
  const { nullable, example, ...rest } = node as Schema;
  const out: Schema = {};
  for (const [key, value] of Object.entries(rest)) out[key] = toJsonSchema(value);
  if (example !== undefined) out.examples = [example];
  if (nullable === true) {
    if (typeof out.type !== 'string')
      throw new Error(`nullable without a single type: ${JSON.stringify(node)}`);
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum)) out.enum = [...(out.enum as unknown[]), null];
  }
  return out;
}

/** The names of the schemas `node` refers to (`#/components/schemas/X`). */
function refsIn(node: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(node)) for (const item of node) refsIn(item, found);
  else if (node !== null && typeof node === 'object')
    for (const [key, value] of Object.entries(node as Schema)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith(SCHEMA_REF))
        found.add(value.slice(SCHEMA_REF.length));
      else refsIn(value, found);
    }
  return found;
}

/** The named schemas and every one they refer to, converted, sorted by name. */
function copiedSchemas(openapi: OpenApiSource): Record<string, unknown> {
  const source = openapi.components.schemas;
  const names = new Set<string>();
  const pending = [...COPIED_SCHEMAS];
  while (pending.length > 0) {
    const name = pending.pop() as string;
    if (names.has(name)) continue;
    if (!source[name]) throw new Error(`openapi.json has no components.schemas.${name}`);
    names.add(name);
    pending.push(...refsIn(source[name], new Set()));
  }
  return Object.fromEntries([...names].sort().map((name) => [name, toJsonSchema(source[name])]));
}

const ref = (name: string) => ({ $ref: `${SCHEMA_REF}${name}` });

/** The Standard Webhooks headers of every delivery. */
const HEADERS: Schema = {
  type: 'object',
  required: ['webhook-id', 'webhook-timestamp', 'webhook-signature'],
  properties: {
    'webhook-id': {
      type: 'string',
      description:
        "The event's id (the payload's `id`): the same on every retry and redelivery of the event. Deduplicate on it.",
      examples: ['evt_5f0c6e2a3a524d8e9a380d1c8e0f4b11'],
    },
    'webhook-timestamp': {
      type: 'string',
      pattern: '^[0-9]+$',
      description:
        'Unix seconds when this attempt was signed. Verifiers refuse one more than 5 minutes off (replays).',
      examples: ['1764601445'],
    },
    'webhook-signature': {
      type: 'string',
      pattern: '^v1,[A-Za-z0-9+/=]+( v1,[A-Za-z0-9+/=]+)*$',
      description:
        '`v1,` + base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}` with the endpoint secret; after a rotate-secret, for WEBHOOK_ROTATION_OVERLAP_MS (24 h by default), two entries, space-separated: the new secret and the previous one.',
      examples: ['v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE='],
    },
    'content-type': { type: 'string', const: 'application/json' },
    'user-agent': { type: 'string', examples: ['factus-api-webhooks/1.0 (Standard Webhooks)'] },
  },
};

/** Own schemas: the headers and the `data` of the events that are not ledger records. */
const OWN_SCHEMAS: Record<string, Schema> = {
  StandardWebhooksHeaders: HEADERS,
  NumberingRangeLowData: {
    type: 'object',
    required: ['reason', 'remaining', 'daysLeft', 'range', 'links'],
    properties: {
      reason: {
        type: 'string',
        enum: ['numbers', 'days'],
        description:
          '`numbers`: fewer than WEBHOOK_RANGE_LOW_REMAINING left; `days`: the resolution ends within WEBHOOK_RANGE_LOW_DAYS.',
      },
      remaining: { type: 'integer', description: 'Numbers the range still gives out.' },
      daysLeft: {
        type: ['integer', 'null'],
        description: 'Days until endDate (0: it ends today); null without an end date.',
      },
      range: ref('NumberingRangeDto'),
      links: {
        type: 'object',
        required: ['self'],
        properties: { self: { type: 'string', examples: ['/api/v1/numbering-ranges/389'] } },
      },
    },
  },
  WebhookEndpointDisabledData: {
    type: 'object',
    required: ['endpointId', 'url', 'reason', 'disabledAt'],
    properties: {
      endpointId: { type: 'string', examples: ['we_2Q9f3kQm7a1XzT0bWc8LrV5d'] },
      url: { type: 'string' },
      reason: {
        type: 'string',
        description: '`410 Gone`, or `no 2xx since <ISO time>`.',
        examples: ['410 Gone'],
      },
      disabledAt: { type: 'string', format: 'date-time' },
    },
  },
};

/** `data` of one event type. */
function dataSchema(type: EventType): Schema {
  if (type === 'numbering_range.low') return ref('NumberingRangeLowData');
  if (type === 'webhook_endpoint.disabled') return ref('WebhookEndpointDisabledData');
  const [subject, state] = type.split('.');
  return {
    description:
      'The ledger record at the change, as GET /api/v1/{invoices|credit-notes|debit-notes|support-documents|adjustment-notes}/by-reference/{referenceCode} shows it, without history.',
    allOf: [ref('LedgerRecordResponseDto')],
    properties: {
      documentType: { const: subject.replace(/_/g, '-') },
      state: { const: state },
    },
    not: { required: ['history'] },
  };
}

/** When an event of this type is written. */
export function whenOf(type: EventType): string {
  const [subject, state] = type.split('.');
  if ((DOCUMENT_EVENT_SUBJECTS as readonly string[]).includes(subject))
    return WHEN[state as DocumentState];
  const when = OTHER_WHEN[type];
  if (!when) throw new Error(`no description of when ${type} happens`);
  return when;
}

function message(type: EventType): Schema {
  return {
    name: type,
    title: type,
    summary: whenOf(type),
    contentType: 'application/json',
    headers: ref('StandardWebhooksHeaders'),
    payload: {
      type: 'object',
      required: ['id', 'type', 'createdAt', 'data'],
      properties: {
        id: {
          type: 'string',
          description: 'Event id, also the webhook-id header.',
          examples: ['evt_5f0c6e2a3a524d8e9a380d1c8e0f4b11'],
        },
        type: { type: 'string', const: type },
        createdAt: {
          type: 'string',
          format: 'date-time',
          description: 'When the change happened.',
        },
        data: dataSchema(type),
      },
    },
    bindings: { http: { bindingVersion: HTTP_BINDING_VERSION } },
  };
}

const DESCRIPTION = [
  'What the URL of a webhook endpoint (POST /api/v1/webhook-endpoints) receives: every event of a type',
  'it subscribed to is POSTed as JSON `{ id, type, createdAt, data }`, signed per Standard Webhooks 1.0.',
  'Verify with the `standardwebhooks` package: `new Webhook(secret).verify(rawBody, headers)`.',
  'Answer any 2xx to acknowledge; anything else (3xx included) is retried on WEBHOOK_RETRY_SCHEDULE;',
  '410 Gone disables the endpoint. Events of one document arrive in order. The same events are in',
  'GET /api/v1/events. Generated by `npm run asyncapi` from the code and openapi.json.',
].join(' ');

/** The AsyncAPI document for these event types and openapi.json's schemas. */
export function buildAsyncApiDocument(
  openapi: OpenApiSource,
  types: readonly EventType[] = EVENT_TYPES,
): Schema {
  const messageRefs = Object.fromEntries(
    types.map((type) => [type, { $ref: `#/components/messages/${type}` }]),
  );
  return {
    asyncapi: '3.0.0',
    info: { title: 'Factus API webhooks', version: openapi.info.version, description: DESCRIPTION },
    defaultContentType: 'application/json',
    channels: {
      [CHANNEL]: {
        address: null,
        title: 'Your webhook endpoint',
        description:
          'The `url` of the endpoint (https in production), set per endpoint: POSTed to, one event per request, WEBHOOK_TIMEOUT_MS (15 s by default) to answer.',
        messages: messageRefs,
      },
    },
    operations: {
      receiveEvent: {
        action: 'receive',
        channel: { $ref: `#/channels/${CHANNEL}` },
        title: 'Receive an event',
        summary: 'An HTTP POST of one signed event to the endpoint URL.',
        bindings: { http: { method: 'POST', bindingVersion: HTTP_BINDING_VERSION } },
        messages: types.map((type) => ({ $ref: `#/channels/${CHANNEL}/messages/${type}` })),
      },
    },
    components: {
      schemas: { ...OWN_SCHEMAS, ...copiedSchemas(openapi) },
      messages: Object.fromEntries(types.map((type) => [type, message(type)])),
    },
  };
}

/** The file's text: as openapi.json is written (2 spaces, a final newline). */
export function asyncApiText(openapi: OpenApiSource): string {
  return `${JSON.stringify(buildAsyncApiDocument(openapi), null, 2)}\n`;
}

if (require.main === module) {
  const openapi = JSON.parse(readFileSync(OPENAPI_PATH, 'utf8')) as OpenApiSource;
  writeFileSync(ASYNCAPI_PATH, asyncApiText(openapi));
  console.log(`Wrote ${ASYNCAPI_PATH}`);
}
