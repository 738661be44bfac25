import fc from 'fast-check';
import { officialExampleInvoice, uniqueReference } from './support/invoice-fixtures';
import { SimulatorControl } from './support/simulator-control';
import { DEMO_LOGIN, startTestService, TestService } from './support/test-service';

/**
 * Property tests over real HTTP: arbitrary JSON and mutated valid invoices, previews and credit
 * notes against the POST routes, and arbitrary path parameters and query strings on the others.
 * Whatever arrives, the answer is 2xx or a 4xx problem+json with a `code` (a 400
 * VALIDATION_FAILED names its fields), never a 5xx nor a hang, the process stays alive, and
 * nothing our validation refused reaches Factus's validate endpoints.
 *
 * Replay a run with the seed it prints: `FUZZ_SEED=<seed> npx jest test/fuzz.e2e-spec.ts`.
 * FUZZ_RUNS scales the number of cases (default 1; 2 doubles them).
 */
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 0x7fffffff);
const SCALE = Number(process.env.FUZZ_RUNS ?? 1);
const runs = (n: number) => Math.max(1, Math.round(n * SCALE));
const REQUEST_TIMEOUT_MS = 5000;
const PROBLEM = /^application\/problem\+json/;

type Path = Array<string | number>;
type ContentType = string | undefined;

interface Answer {
  status: number;
  contentType: string;
  body: unknown;
  text: string;
}

/** Anything our own checks refuse; Factus's validate endpoints must not have seen it. */
const LOCAL_REFUSAL_CODES = new Set([
  'REFERENCED_INVOICE_NOT_FOUND',
  'REFERENCED_INVOICE_NOT_VALIDATED',
  'CREDIT_EXCEEDS_INVOICE_REMAINDER',
]);

describe('Fuzzing the POST routes (e2e, fast-check, against the simulator)', () => {
  let service: TestService;
  let sim: SimulatorControl;
  let invoiceNumber: string;
  const stats = { cases: 0, byStatus: new Map<number, number>(), reachable: 0 };

  beforeAll(async () => {
    console.log(`fuzz seed ${SEED} (replay: FUZZ_SEED=${SEED} npx jest test/fuzz.e2e-spec.ts)`);
    service = await startTestService({
      env: {
        // The managed session: no bearer needed, no API keys.
        FACTUS_USERNAME: DEMO_LOGIN.email,
        FACTUS_PASSWORD: DEMO_LOGIN.password,
        FACTUS_RATE_LIMIT: '100000',
        INBOUND_RATE_LIMIT: '0',
        // Only warnings and errors: an error line is a finding too (checked at the end).
        LOG_LEVEL: 'warn',
      },
      simulator: { rateLimit: 100_000 },
    });
    sim = new SimulatorControl(service.simulator.url);
    const issued = await send('/api/v1/invoices', JSON.stringify(officialExampleInvoice()));
    expect(issued.status).toBe(201);
    invoiceNumber = (issued.body as { number: string }).number;
  });

  afterAll(async () => {
    const byStatus = [...stats.byStatus.entries()].sort(([a], [b]) => a - b);
    console.log(
      `fuzz seed ${SEED}: ${stats.cases} cases, answers by status ${JSON.stringify(Object.fromEntries(byStatus))}`,
    );
    await service?.close();
  });

  /** One raw request: exact bytes and content type (none when undefined), with a deadline. */
  async function send(
    path: string,
    body: string | undefined,
    contentType: ContentType = 'application/json',
    method = 'POST',
  ): Promise<Answer> {
    const headers: Record<string, string> = {};
    if (contentType !== undefined) headers['content-type'] = contentType;
    const response = await fetch(`${service.url}${path}`, {
      method,
      headers,
      // Bytes, so that fetch adds no content type of its own.
      body: body === undefined ? undefined : Buffer.from(body, 'utf8'),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await response.text();
    let parsed: unknown = undefined;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      body: parsed,
      text,
    };
  }

  async function validateCalls(): Promise<number> {
    const { byRoute } = await sim.counters();
    return Object.entries(byRoute)
      .filter(([route]) => /^POST \/v2\/[a-z-]+\/validate$/.test(route))
      .reduce((sum, [, n]) => sum + n, 0);
  }

  /** Sends one case and checks the property; throws (with the answer) when it does not hold. */
  async function check(
    path: string,
    body: string | undefined,
    contentType: ContentType,
    method = 'POST',
  ) {
    const before = await validateCalls();
    const answer = await send(path, body, contentType, method);
    const after = await validateCalls();
    stats.cases += 1;
    stats.byStatus.set(answer.status, (stats.byStatus.get(answer.status) ?? 0) + 1);
    const fail = (why: string): never => {
      throw new Error(
        `${why}\n${method} ${path} (${contentType ?? 'no content type'}) -> ${answer.status} ${answer.contentType}\n${answer.text.slice(0, 2000)}`,
      );
    };

    if (answer.status >= 200 && answer.status < 300) {
      stats.reachable += 1;
      return answer;
    }
    if (answer.status < 400 || answer.status >= 500) fail('neither 2xx nor 4xx');
    if (!PROBLEM.test(answer.contentType)) fail('a 4xx that is not application/problem+json');
    const problem = answer.body as Record<string, unknown> | undefined;
    if (!problem || typeof problem !== 'object') fail('a problem without a JSON object body');
    if (typeof problem!.code !== 'string' || problem!.code === '') fail('a problem without code');
    if (problem!.status !== answer.status) fail('the body status differs from the HTTP status');
    if (answer.status === 400 && problem!.code === 'VALIDATION_FAILED') {
      const errors = problem!.errors;
      if (!Array.isArray(errors) || errors.length === 0) fail('VALIDATION_FAILED without errors');
      for (const error of errors as unknown[]) {
        const { field, message } = (error ?? {}) as { field?: unknown; message?: unknown };
        if (typeof field !== 'string' || field === '' || typeof message !== 'string' || !message)
          fail('an errors entry without a field and a message');
      }
    }
    const refusedHere =
      answer.status === 400 ||
      answer.status === 413 ||
      answer.status === 415 ||
      LOCAL_REFUSAL_CODES.has(problem!.code as string);
    if (refusedHere && after !== before) fail(`refused, yet Factus saw ${after - before} validate`);
    if (!refusedHere) stats.reachable += 1;
    return answer;
  }

  // ---------------------------------------------------------------------------------------------
  // (a) Arbitrary JSON values.

  const INVOICE_KEYS = Object.keys(officialExampleInvoice());
  const NESTED_KEYS = [
    ...Object.keys(officialExampleInvoice().customer),
    ...Object.keys(officialExampleInvoice().items[0]),
    'correctionConceptCode',
    'billNumber',
    'customizationId',
    'email',
    'password',
    'refreshToken',
    '__proto__',
    'constructor',
  ];
  const anyJson = fc.oneof(
    fc.jsonValue(),
    fc.jsonValue({ stringUnit: 'binary' }),
    // Objects with the DTOs' own keys and arbitrary values go further into the validation.
    fc.dictionary(fc.constantFrom(...INVOICE_KEYS, ...NESTED_KEYS), fc.jsonValue({ maxDepth: 3 })),
    fc.record(
      {
        email: fc.oneof(fc.jsonValue({ maxDepth: 1 }), fc.constant(DEMO_LOGIN.email)),
        password: fc.oneof(fc.jsonValue({ maxDepth: 1 }), fc.constant(DEMO_LOGIN.password)),
        refreshToken: fc.jsonValue({ maxDepth: 1 }),
      },
      { requiredKeys: [] },
    ),
  );
  const POST_ROUTES = [
    '/api/v1/invoices',
    '/api/v1/invoices/preview',
    '/api/v1/credit-notes',
    '/api/v1/auth/token',
  ];

  it.each(POST_ROUTES)(
    'answers arbitrary JSON on %s with 2xx or a 4xx problem',
    async (route) => {
      await fc.assert(
        fc.asyncProperty(anyJson, async (value) => {
          await check(route, JSON.stringify(value), 'application/json');
        }),
        { numRuns: runs(200), seed: SEED },
      );
    },
    60_000,
  );

  // The other JSON routes, fewer cases each (`:number` is the invoice issued in beforeAll).
  it.each(['/api/v1/debit-notes', '/api/v1/auth/refresh', '/api/v1/invoices/:number/email'])(
    'answers arbitrary JSON on %s with 2xx or a 4xx problem',
    async (route) => {
      const path = route.replace(':number', invoiceNumber);
      await fc.assert(
        fc.asyncProperty(anyJson, async (value) => {
          await check(path, JSON.stringify(value), 'application/json');
        }),
        { numRuns: runs(60), seed: SEED },
      );
    },
    60_000,
  );

  // ---------------------------------------------------------------------------------------------
  // (b) Valid documents with one to three mutations.

  type Mutation =
    | { kind: 'remove'; path: Path }
    | { kind: 'set'; path: Path; value: unknown }
    | { kind: 'huge'; path: Path; length: number; char: string }
    | { kind: 'deep'; path: Path; depth: number; shape: 'array' | 'object' }
    | { kind: 'duplicate'; path: Path; key: string; value: unknown };

  const invoiceTemplate = officialExampleInvoice('TEMPLATE');
  const { paymentDetails: _payments, ...previewTemplate } = invoiceTemplate;
  const AMOUNT_KEYS = new Set([
    'amount',
    'price',
    'quantity',
    'rate',
    'discountRate',
    'discountAmount',
    'cashRoundingAmount',
    'exchangeRate',
    'numberingRangeId',
  ]);

  function pathsOf(value: unknown, prefix: Path = []): Path[] {
    if (value === null || typeof value !== 'object') return [];
    const entries: Array<[string | number, unknown]> = Array.isArray(value)
      ? value.map((v, i) => [i, v])
      : Object.entries(value);
    return entries.flatMap(([key, child]) => [
      [...prefix, key],
      ...pathsOf(child, [...prefix, key]),
    ]);
  }
  function objectPathsOf(value: unknown, prefix: Path = []): Path[] {
    if (value === null || typeof value !== 'object') return [];
    const entries: Array<[string | number, unknown]> = Array.isArray(value)
      ? value.map((v, i) => [i, v])
      : Object.entries(value);
    const own = Array.isArray(value) ? [] : [prefix];
    return [...own, ...entries.flatMap(([key, child]) => objectPathsOf(child, [...prefix, key]))];
  }

  const unicode = fc.oneof(
    fc.constantFrom(
      '\u0000',
      'a\u0000b',
      '\u202Eabc\u202C',
      'مرحبا بالعالم',
      'שלום',
      '😀🇨🇴𝕏',
      '\u{10FFFF}',
      '\uD800',
      '\uDFFF\uD800',
      'e\u0301\u0301\u0301',
      '\uFEFF',
      '\u2028\u2029',
      'Ω≈ç√∫',
      '　',
    ),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
  );
  const amount = fc.oneof(
    fc.integer({ min: -1_000_000, max: -1 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(
      -0,
      0,
      0.1,
      1e-7,
      1e21,
      -1e21,
      Number.MAX_VALUE,
      Number.MIN_VALUE,
      Number.MAX_SAFE_INTEGER + 2,
      '-0',
      '-0.01',
      '10.001',
      '0.000000000000000000001',
      '1e5',
      ' 100 ',
      '0x10',
      '١٢٣',
      '',
      '.5',
      '5.',
      '+5',
      '999999999999999.99',
      '9999999999999999',
    ),
    fc
      .tuple(fc.integer({ min: -99999, max: 99999 }), fc.integer({ min: 3, max: 30 }))
      .map(([units, decimals]) => `${units}.${'7'.repeat(decimals)}`),
  );

  function mutationArb(template: object): fc.Arbitrary<Mutation> {
    const paths = pathsOf(template);
    const amountPaths = paths.filter((p) => AMOUNT_KEYS.has(String(p[p.length - 1])));
    const objectPaths = objectPathsOf(template);
    const anyPath = fc.constantFrom(...paths);
    return fc.oneof(
      anyPath.map((path): Mutation => ({ kind: 'remove', path })),
      fc
        .tuple(anyPath, fc.jsonValue({ maxDepth: 2 }))
        .map(([path, value]): Mutation => ({ kind: 'set', path, value })),
      fc
        .tuple(
          anyPath,
          fc.integer({ min: 1_000, max: 100_000 }),
          fc.constantFrom('x', '9', 'ñ', '😀', '\u0000', '"', '\\'),
        )
        .map(([path, length, char]): Mutation => ({ kind: 'huge', path, length, char })),
      fc.tuple(anyPath, unicode).map(([path, value]): Mutation => ({ kind: 'set', path, value })),
      fc
        .tuple(fc.constantFrom(...amountPaths), amount)
        .map(([path, value]): Mutation => ({ kind: 'set', path, value })),
      fc
        .tuple(
          anyPath,
          fc.integer({ min: 10, max: 20_000 }),
          fc.constantFrom('array' as const, 'object' as const),
        )
        .map(([path, depth, shape]): Mutation => ({ kind: 'deep', path, depth, shape })),
      fc
        .tuple(
          fc.constantFrom(...objectPaths),
          fc.oneof(
            fc.constantFrom('__proto__', 'constructor', 'prototype'),
            fc.constantFrom(...INVOICE_KEYS, ...NESTED_KEYS),
          ),
          fc.jsonValue({ maxDepth: 2 }),
        )
        .map(([path, key, value]): Mutation => ({ kind: 'duplicate', path, key, value })),
    );
  }

  /** The body as the exact JSON text sent: placeholders stand for what JSON.stringify cannot write. */
  function render(base: object, mutations: Mutation[]): string {
    const body = structuredClone(base) as Record<string, unknown>;
    const raw = new Map<string, string>();
    mutations.forEach((mutation, n) => {
      const parent = mutation.path.slice(0, -1).reduce<unknown>((node, key) => {
        return node !== null && typeof node === 'object'
          ? (node as Record<string | number, unknown>)[key]
          : undefined;
      }, body);
      const last = mutation.path[mutation.path.length - 1];
      const target =
        mutation.kind === 'duplicate'
          ? mutation.path.reduce<unknown>(
              (node, key) =>
                node !== null && typeof node === 'object'
                  ? (node as Record<string | number, unknown>)[key]
                  : undefined,
              body,
            )
          : parent;
      if (target === null || typeof target !== 'object') return;
      const node = target as Record<string | number, unknown>;
      switch (mutation.kind) {
        case 'remove':
          if (Array.isArray(node)) node.splice(Number(last), 1);
          else delete node[last];
          break;
        case 'set':
          node[last] = mutation.value;
          break;
        case 'huge':
          node[last] = mutation.char.repeat(mutation.length);
          break;
        case 'deep': {
          const marker = `__DEEP_${n}__`;
          node[last] = marker;
          raw.set(
            JSON.stringify(marker),
            mutation.shape === 'array'
              ? '['.repeat(mutation.depth) + ']'.repeat(mutation.depth)
              : '{"a":'.repeat(mutation.depth) + '1' + '}'.repeat(mutation.depth),
          );
          break;
        }
        case 'duplicate': {
          if (Array.isArray(node)) return;
          const marker = `__DUP_${n}__`;
          node[marker] = 0;
          raw.set(
            `${JSON.stringify(marker)}:0`,
            `${JSON.stringify(mutation.key)}:${JSON.stringify(mutation.value) ?? 'null'}`,
          );
          break;
        }
      }
    });
    let text = JSON.stringify(body);
    for (const [marker, replacement] of raw) text = text.split(marker).join(replacement);
    return text;
  }

  const contentTypeArb: fc.Arbitrary<ContentType> = fc.oneof(
    { weight: 12, arbitrary: fc.constant('application/json') },
    {
      weight: 4,
      arbitrary: fc.constantFrom<ContentType>(
        'text/plain',
        'application/x-www-form-urlencoded',
        undefined,
        'application/json; charset=utf-8',
        'application/json; charset=latin1',
        'APPLICATION/JSON',
        'application/vnd.api+json',
        'multipart/form-data; boundary=x',
        'application/xml',
        '',
        'application/json, text/plain',
      ),
    },
  );

  const TARGETS = {
    invoice: {
      path: '/api/v1/invoices',
      base: () => officialExampleInvoice(uniqueReference('FUZZ')),
      template: invoiceTemplate,
    },
    preview: {
      path: '/api/v1/invoices/preview',
      base: () => {
        const { paymentDetails: _p, ...body } = officialExampleInvoice(uniqueReference('FUZZ'));
        return body;
      },
      template: previewTemplate,
    },
    creditNote: {
      path: '/api/v1/credit-notes',
      base: () => aCreditNote(invoiceNumber),
      template: aCreditNote('SETP990000001'),
    },
  } as const;

  function aCreditNote(billNumber: string) {
    const {
      customer: _c,
      document: _d,
      operationType: _o,
      numberingRangeId: _n,
      observation: _b,
      ...invoice
    } = officialExampleInvoice();
    return {
      ...invoice,
      referenceCode: uniqueReference('FUZZ-NC'),
      correctionConceptCode: '2',
      billNumber,
    };
  }

  it.each([
    ['invoice', 1000],
    ['preview', 300],
    ['creditNote', 300],
  ] as const)(
    'answers a valid %s with one to three random mutations with 2xx or a 4xx problem',
    async (name, numRuns) => {
      const target = TARGETS[name];
      await fc.assert(
        fc.asyncProperty(
          fc.array(mutationArb(target.template), { minLength: 1, maxLength: 3 }),
          contentTypeArb,
          async (mutations, contentType) => {
            const base = target.base();
            const answer = await check(target.path, render(base, mutations), contentType);
            // A document DIAN did not validate blocks the next one: remove it (best effort).
            const referenceCode = (answer.body as { referenceCode?: unknown })?.referenceCode;
            if (
              (answer.status === 202 || answer.status === 422) &&
              typeof referenceCode === 'string'
            )
              await fetch(
                `${service.url}${target.path.replace('/preview', '')}/by-reference/${encodeURIComponent(referenceCode)}`,
                { method: 'DELETE', signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) },
              );
          },
        ),
        { numRuns: runs(numRuns), seed: SEED },
      );
    },
    60_000,
  );

  // ---------------------------------------------------------------------------------------------
  // (c) Arbitrary path parameters and query strings on the read and delete routes: what the
  // router cannot decode (bad percent-encoding, over-long parameters) must be a problem too.

  const pathSegment = fc.oneof(
    fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }).map(encodeURIComponent),
    // Raw bytes, most of them not UTF-8 once decoded.
    fc
      .array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 12 })
      .map((bytes) => bytes.map((b) => `%${b.toString(16).padStart(2, '0')}`).join('')),
    fc.constantFrom('%', '%E0%A4%A', '%zz', '%00', '%ED%A0%80', '%C0%AF', 'SETP1', '389', '-1'),
    fc.integer({ min: 90, max: 400 }).map((n) => 'A'.repeat(n)),
  );
  // `{}` stands for the generated segment.
  const readRoute = fc.constantFrom(
    ['GET', '/api/v1/invoices/{}'],
    ['GET', '/api/v1/invoices/{}/pdf'],
    ['GET', '/api/v1/credit-notes/{}/xml'],
    ['DELETE', '/api/v1/invoices/by-reference/{}'],
    ['GET', '/api/v1/numbering-ranges/{}'],
    ['GET', '/api/v1/catalogs/{}'],
    ['GET', '/api/v1/invoices?referenceCode={}&perPage={}'],
    ['GET', '/api/v1/acquirers?identificationDocumentCode=13&identification={}'],
  );

  it('answers arbitrary path parameters and query strings with 2xx or a 4xx problem', async () => {
    await fc.assert(
      fc.asyncProperty(readRoute, pathSegment, async ([method, template], segment) => {
        await check(template.split('{}').join(segment), undefined, undefined, method);
      }),
      { numRuns: runs(200), seed: SEED },
    );
  }, 60_000);

  it('answers missing and empty bodies and every content type with a 4xx problem', async () => {
    const bodies = [undefined, '', ' ', 'null', '{', '{"a":1}}', '\u0000', '\uFEFF{}', 'a=1&b=2'];
    const types: ContentType[] = [
      'application/json',
      'text/plain',
      'application/x-www-form-urlencoded',
      undefined,
    ];
    for (const route of POST_ROUTES)
      for (const body of bodies)
        for (const type of types) expect((await check(route, body, type)).status).toBeLessThan(500);
  }, 30_000);

  it('answers a body over the 1 MB limit with 413 PAYLOAD_TOO_LARGE', async () => {
    const body = JSON.stringify({
      ...officialExampleInvoice(),
      observation: 'x'.repeat(service.config.http.bodyLimitBytes),
    });
    const answer = await check('/api/v1/invoices', body, 'application/json');
    expect(answer.status).toBe(413);
    expect(answer.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it('is still alive and sound afterwards: liveness, a valid invoice, no error logged', async () => {
    const live = await fetch(`${service.url}/health/live`, {
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    expect(live.status).toBe(200);
    const issued = await check(
      '/api/v1/invoices',
      JSON.stringify(officialExampleInvoice()),
      'application/json',
    );
    expect(issued.status).toBe(201);
    // What reached Factus's validate endpoints is bounded by the answers that may have come from it.
    expect(await validateCalls()).toBeLessThanOrEqual(stats.reachable + 1);
    const errors = service.logs
      .entries()
      .filter((line) => line.level === 'error' || line.level === 'fatal');
    expect(errors).toEqual([]);
    expect(stats.cases).toBeGreaterThanOrEqual(1000 * Math.min(1, SCALE));
  });
});
