import { Webhook } from 'standardwebhooks';
import request from 'supertest';
import { WEBHOOKS_CONFIG } from '../src/config/config-tokens';
import { loadConfig } from '../src/config/load-config';
import { loginAs, OTHER_USER } from './support/ledger-accounts';
import { loginAsDemo, PROBLEM_JSON, startTestService, TestService } from './support/test-service';

// Real services on PostgreSQL: sized for a loaded 2-core machine, not Jest's 5 s.
jest.setTimeout(60_000);

const PATH = '/api/v1/webhook-endpoints';
const SECRET = /^whsec_[A-Za-z0-9+/]{43}=$/;
const DAY_MS = 86_400_000;

/** A receiver outside production: loopback http is how a local ERP (and W3's tests) listen. */
const LOCAL_RECEIVER = 'http://127.0.0.1:4010/webhooks/factus';

describe('Webhook endpoints API (e2e, test mode: http and loopback allowed)', () => {
  let service: TestService;
  let auth: { Authorization: string };
  let other: { Authorization: string };

  beforeAll(async () => {
    service = await startTestService();
    auth = await loginAsDemo(service);
    other = await loginAs(service, OTHER_USER);
  });
  afterAll(() => service?.close());

  const api = () => request(service.url);
  const create = (body: object, as = auth) => api().post(PATH).set(as).send(body);
  const anEndpoint = async (body: object = {}) =>
    (await create({ url: LOCAL_RECEIVER, events: ['invoice.validated'], ...body }).expect(201))
      .body as { id: string; secret: string };

  it('creates an endpoint: 201 with its id, a Location, and the whsec_ secret standardwebhooks accepts', async () => {
    const before = Date.now();
    const response = await create({
      url: 'http://127.0.0.1:4010/webhooks/factus?source=factus',
      events: ['invoice.validated', 'invoice.rejected', 'invoice.validated'],
      description: 'ERP production',
    }).expect(201);

    const body = response.body;
    expect(body).toEqual({
      id: expect.stringMatching(/^we_[A-Za-z0-9_-]{24}$/),
      url: 'http://127.0.0.1:4010/webhooks/factus?source=factus',
      events: ['invoice.validated', 'invoice.rejected'],
      description: 'ERP production',
      enabled: true,
      secret: expect.stringMatching(SECRET),
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(Date.parse(body.createdAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(response.headers.location).toBe(`${PATH}/${body.id}`);
    const signature = new Webhook(body.secret).sign('evt_1', new Date(), '{}');
    expect(signature).toMatch(/^v1,/);
  });

  it('never shows the secret again: not in the list, not in GET /:id', async () => {
    const created = await anEndpoint({ events: ['*'] });

    const list = await api().get(PATH).set(auth).expect(200);
    const listed = (list.body.data as Array<{ id: string }>).find((e) => e.id === created.id);
    expect(listed).toMatchObject({ id: created.id, events: ['*'], description: null });
    expect(JSON.stringify(list.body)).not.toContain('secret');
    expect(JSON.stringify(list.body)).not.toContain(created.secret);

    const one = await api().get(`${PATH}/${created.id}`).set(auth).expect(200);
    expect(one.body).toMatchObject({ id: created.id, url: LOCAL_RECEIVER, enabled: true });
    expect(one.body).not.toHaveProperty('secret');
  });

  it('changes only what PATCH sends: url, events, description (empty clears it), enabled', async () => {
    const created = await anEndpoint({ description: 'first' });

    const moved = await api()
      .patch(`${PATH}/${created.id}`)
      .set(auth)
      .send({ url: 'http://localhost:4011/hooks', events: ['credit_note.validated'] })
      .expect(200);
    expect(moved.body).toMatchObject({
      url: 'http://localhost:4011/hooks',
      events: ['credit_note.validated'],
      description: 'first',
      enabled: true,
    });
    expect(moved.body).not.toHaveProperty('secret');

    const disabled = await api()
      .patch(`${PATH}/${created.id}`)
      .set(auth)
      .send({ enabled: false, description: '' })
      .expect(200);
    expect(disabled.body).toMatchObject({
      enabled: false,
      disabledReason: 'disabled by its owner',
      description: null,
      url: 'http://localhost:4011/hooks',
    });

    const enabled = await api()
      .patch(`${PATH}/${created.id}`)
      .set(auth)
      .send({ enabled: true })
      .expect(200);
    expect(enabled.body.enabled).toBe(true);
    expect(enabled.body).not.toHaveProperty('disabledReason');
  });

  it('rotates the secret: 200 with a new one and when the old one stops signing (24 h)', async () => {
    const created = await anEndpoint();
    const before = Date.now();

    const rotated = await api().post(`${PATH}/${created.id}/rotate-secret`).set(auth).expect(200);

    expect(rotated.body).toEqual({
      secret: expect.stringMatching(SECRET),
      previousSecretExpiresAt: expect.any(String),
    });
    expect(rotated.body.secret).not.toBe(created.secret);
    const expiresAt = Date.parse(rotated.body.previousSecretExpiresAt);
    expect(expiresAt).toBeGreaterThanOrEqual(before + DAY_MS - 1000);
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + DAY_MS + 1000);
    const after = await api().get(`${PATH}/${created.id}`).set(auth).expect(200);
    expect(JSON.stringify(after.body)).not.toContain('whsec_');
  });

  it('deletes: 204, then the endpoint is gone (404 WEBHOOK_ENDPOINT_NOT_FOUND)', async () => {
    const created = await anEndpoint();

    await api().delete(`${PATH}/${created.id}`).set(auth).expect(204);

    const gone = await api()
      .get(`${PATH}/${created.id}`)
      .set(auth)
      .expect(404)
      .expect('content-type', PROBLEM_JSON);
    expect(gone.body.code).toBe('WEBHOOK_ENDPOINT_NOT_FOUND');
    await api().delete(`${PATH}/${created.id}`).set(auth).expect(404);
    const list = await api().get(PATH).set(auth).expect(200);
    expect((list.body.data as Array<{ id: string }>).map((e) => e.id)).not.toContain(created.id);
  });

  it('answers 404 for an unknown id on every route', async () => {
    const id = 'we_doesnotexistdoesnotexist';
    const answers = await Promise.all([
      api().get(`${PATH}/${id}`).set(auth),
      api().patch(`${PATH}/${id}`).set(auth).send({ enabled: false }),
      api().delete(`${PATH}/${id}`).set(auth),
      api().post(`${PATH}/${id}/rotate-secret`).set(auth),
    ]);
    for (const answer of answers) {
      expect(answer.status).toBe(404);
      expect(answer.body.code).toBe('WEBHOOK_ENDPOINT_NOT_FOUND');
    }
  });

  it("keeps accounts apart: another account's endpoint is not found, listed, changed or rotated", async () => {
    const theirs = (await create({ url: LOCAL_RECEIVER, events: ['*'] }, other).expect(201))
      .body as { id: string };

    const mine = await api().get(PATH).set(auth).expect(200);
    expect((mine.body.data as Array<{ id: string }>).map((e) => e.id)).not.toContain(theirs.id);
    for (const attempt of [
      api().get(`${PATH}/${theirs.id}`).set(auth),
      api().patch(`${PATH}/${theirs.id}`).set(auth).send({ enabled: false }),
      api().post(`${PATH}/${theirs.id}/rotate-secret`).set(auth),
      api().delete(`${PATH}/${theirs.id}`).set(auth),
    ])
      expect((await attempt).body.code).toBe('WEBHOOK_ENDPOINT_NOT_FOUND');

    const still = await api().get(`${PATH}/${theirs.id}`).set(other).expect(200);
    expect(still.body.enabled).toBe(true);
  });

  it.each([
    ['http://169.254.169.254/latest', '169.254.169.254 is the cloud metadata address'],
    ['http://10.0.0.1/', '10.0.0.1 is a private address'],
    ['http://192.168.0.10:8080/hooks', '192.168.0.10 is a private address'],
    ['http://[fd00::1]/', 'fd00::1 is a private address'],
    ['http://[fe80::1]/', 'fe80::1 is a link-local address'],
    ['http://[::ffff:169.254.169.254]/', '::ffff:a9fe:a9fe is the cloud metadata address'],
    ['http://100.64.1.1/', '100.64.1.1 is a shared (CGNAT) address'],
    ['http://0.0.0.0:4010/', '0.0.0.0 is an unspecified address'],
    [
      'http://metadata.google.internal/computeMetadata/v1/',
      'metadata.google.internal is a cloud metadata service',
    ],
    ['https://erp:s3cr3t-pw@erp.example.com/hooks', 'the URL must not hold credentials'],
    ['ftp://erp.example.com/hooks', 'the scheme must be https, not ftp:'],
  ])('refuses the SSRF target %s with 400 naming url', async (url, reason) => {
    const refused = await create({ url, events: ['*'] })
      .expect(400)
      .expect('content-type', PROBLEM_JSON);
    expect(refused.body.code).toBe('WEBHOOK_URL_REFUSED');
    expect(refused.body.errors).toEqual([
      { field: 'url', message: expect.stringContaining(reason) },
    ]);
    // The credentials are neither echoed back nor logged.
    expect(JSON.stringify(refused.body)).not.toContain('s3cr3t-pw');
    expect(service.logs.lines.join('\n')).not.toContain('s3cr3t-pw');
  });

  it('refuses a refused URL on PATCH too, and leaves the endpoint as it was', async () => {
    const created = await anEndpoint();
    const refused = await api()
      .patch(`${PATH}/${created.id}`)
      .set(auth)
      .send({ url: 'http://169.254.169.254/latest/meta-data/iam' })
      .expect(400);
    expect(refused.body).toMatchObject({ code: 'WEBHOOK_URL_REFUSED', errors: [{ field: 'url' }] });
    const unchanged = await api().get(`${PATH}/${created.id}`).set(auth).expect(200);
    expect(unchanged.body.url).toBe(LOCAL_RECEIVER);
  });

  it('validates events: at least one, and each item that is no event type is named', async () => {
    const bad = await create({
      url: LOCAL_RECEIVER,
      events: ['invoice.paid', 'invoice.validated', 7],
    }).expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(bad.body.errors).toHaveLength(1);
    expect(bad.body.errors[0].field).toBe('events');
    expect(bad.body.errors[0].message).toMatch(
      /^events\[0\] \("invoice.paid"\), events\[2\] \(7\) is not an event type; use invoice.validated, /,
    );
    const none = await create({ url: LOCAL_RECEIVER, events: [] }).expect(400);
    expect(none.body.errors).toEqual([
      { field: 'events', message: 'events must name at least one event type (or "*")' },
    ]);
    const missing = await create({ events: ['*'] }).expect(400);
    expect(missing.body.errors).toEqual([{ field: 'url', message: 'url is required' }]);
    const patchNone = await api()
      .patch(`${PATH}/${(await anEndpoint()).id}`)
      .set(auth)
      .send({ events: [] })
      .expect(400);
    expect(patchNone.body.errors[0].field).toBe('events');
  });

  it('honours Idempotency-Key on create: the same request again is the same endpoint and secret', async () => {
    const body = { url: LOCAL_RECEIVER, events: ['numbering_range.low'] };
    const key = `we-${Date.now()}`;
    const first = await create(body).set('Idempotency-Key', key).expect(201);
    const again = await create(body).set('Idempotency-Key', key).expect(201);

    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(again.headers.location).toBe(first.headers.location);
    const list = await api().get(PATH).set(auth).expect(200);
    const withType = (list.body.data as Array<{ events: string[] }>).filter((e) =>
      e.events.includes('numbering_range.low'),
    );
    expect(withType).toHaveLength(1);
  });
});

describe('Webhook endpoints API (e2e, as production: https only, no loopback)', () => {
  let service: TestService;
  let auth: { Authorization: string };

  beforeAll(async () => {
    // Production's rule (requireHttps follows NODE_ENV=production), on a test-mode service.
    const webhooks = { ...loadConfig({ NODE_ENV: 'test' }).webhooks, requireHttps: true };
    service = await startTestService({
      override: (builder) => builder.overrideProvider(WEBHOOKS_CONFIG).useValue(webhooks),
    });
    auth = await loginAsDemo(service);
  });
  afterAll(() => service?.close());

  it.each([
    ['http://[::1]/', 'the scheme must be https (http is refused here)'],
    ['https://[::1]/', '::1 is a loopback address'],
    ['https://127.0.0.1:4010/hooks', '127.0.0.1 is a loopback address'],
    ['https://localhost/hooks', 'which is a loopback address'],
    ['http://203.0.113.10/hooks', 'the scheme must be https (http is refused here)'],
  ])('refuses %s with 400 naming url', async (url, reason) => {
    const refused = await request(service.url)
      .post(PATH)
      .set(auth)
      .send({ url, events: ['*'] })
      .expect(400);
    expect(refused.body.code).toBe('WEBHOOK_URL_REFUSED');
    expect(refused.body.errors).toEqual([
      { field: 'url', message: expect.stringContaining(reason) },
    ]);
  });

  it('accepts an https URL on a public address', async () => {
    const created = await request(service.url)
      .post(PATH)
      .set(auth)
      .send({ url: 'https://203.0.113.10/hooks', events: ['invoice.validated'] })
      .expect(201);
    expect(created.body).toMatchObject({ url: 'https://203.0.113.10/hooks', enabled: true });
  });
});
