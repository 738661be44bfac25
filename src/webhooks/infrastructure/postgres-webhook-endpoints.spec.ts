import { sql } from 'kysely';
import { createTestDatabase, TestDatabase } from '../../../test/support/test-database';
import type { NewWebhookEndpoint } from '../domain/webhook-endpoints.port';
import { PostgresWebhookEndpoints } from './postgres-webhook-endpoints';

// A loaded 2-core machine creates and migrates a database per file.
jest.setTimeout(60_000);

const T0 = Date.parse('2026-03-02T08:00:00.000Z');
const at = (ms: number) => new Date(T0 + ms);

const anEndpoint = (overrides: Partial<NewWebhookEndpoint> = {}): NewWebhookEndpoint => ({
  accountKey: 'account-a',
  url: 'https://erp.example.com/hooks',
  events: ['invoice.validated', 'invoice.rejected'],
  secret: 'whsec_c2VjcmV0LW9uZS1zZWNyZXQtb25lLXNlY3JldA',
  ...overrides,
});

describe('PostgresWebhookEndpoints on PostgreSQL', () => {
  let database: TestDatabase;
  let endpoints: PostgresWebhookEndpoints;

  beforeAll(async () => {
    database = await createTestDatabase();
    endpoints = new PostgresWebhookEndpoints(database.db);
  });
  afterAll(() => database?.drop());
  beforeEach(async () => {
    await sql`truncate webhook_endpoints cascade`.execute(database.db);
  });

  it('creates an enabled endpoint with a we_ id and reads it back as it was written', async () => {
    const created = await endpoints.create(anEndpoint({ description: 'ERP production' }), at(0));

    expect(created.id).toMatch(/^we_[A-Za-z0-9_-]{24}$/);
    expect(created).toEqual({
      id: created.id,
      accountKey: 'account-a',
      url: 'https://erp.example.com/hooks',
      events: ['invoice.validated', 'invoice.rejected'],
      description: 'ERP production',
      enabled: true,
      secret: anEndpoint().secret,
      createdAt: at(0),
      updatedAt: at(0),
    });
    expect(await endpoints.get('account-a', created.id)).toEqual(created);
    expect(await endpoints.findById(created.id)).toEqual(created);
  });

  it("scopes every read and write by account: another account's endpoint is not found", async () => {
    const mine = await endpoints.create(anEndpoint(), at(0));
    const theirs = await endpoints.create(anEndpoint({ accountKey: 'account-b' }), at(1));

    expect((await endpoints.list('account-a')).map((e) => e.id)).toEqual([mine.id]);
    expect(await endpoints.get('account-a', theirs.id)).toBeUndefined();
    expect(
      await endpoints.update('account-a', theirs.id, { enabled: false }, at(2)),
    ).toBeUndefined();
    expect(
      await endpoints.rotateSecret('account-a', theirs.id, 'whsec_x', at(9), at(2)),
    ).toBeUndefined();
    expect(await endpoints.remove('account-a', theirs.id)).toBe(false);
    expect(await endpoints.get('account-b', theirs.id)).toMatchObject({
      enabled: true,
      secret: anEndpoint().secret,
    });
  });

  it('lists oldest first', async () => {
    const first = await endpoints.create(anEndpoint(), at(0));
    const second = await endpoints.create(anEndpoint({ url: 'https://b.example.com/' }), at(5));
    expect((await endpoints.list('account-a')).map((e) => e.id)).toEqual([first.id, second.id]);
  });

  it('updates only what is given; a null description clears it', async () => {
    const created = await endpoints.create(anEndpoint({ description: 'old' }), at(0));

    const updated = await endpoints.update(
      'account-a',
      created.id,
      { url: 'https://new.example.com/h', events: ['*'] },
      at(10),
    );
    expect(updated).toMatchObject({
      url: 'https://new.example.com/h',
      events: ['*'],
      description: 'old',
      enabled: true,
      createdAt: at(0),
      updatedAt: at(10),
    });
    const cleared = await endpoints.update('account-a', created.id, { description: null }, at(11));
    expect(cleared?.description).toBeUndefined();
  });

  it('disabling by its owner says so; enabling again clears the reason and the failing run', async () => {
    const created = await endpoints.create(anEndpoint(), at(0));
    await endpoints.markFailing(created.id, at(1));

    const disabled = await endpoints.update('account-a', created.id, { enabled: false }, at(2));
    expect(disabled).toMatchObject({ enabled: false, disabledReason: 'disabled by its owner' });

    const enabled = await endpoints.update('account-a', created.id, { enabled: true }, at(3));
    expect(enabled?.enabled).toBe(true);
    expect(enabled?.disabledReason).toBeUndefined();
    expect(enabled?.failingSince).toBeUndefined();
  });

  it('keeps the reason of an endpoint the worker disabled, and the failing run of one still enabled', async () => {
    const gone = await endpoints.create(anEndpoint(), at(0));
    await endpoints.disable(gone.id, 'the receiver answered 410 Gone', at(1));
    const again = await endpoints.update('account-a', gone.id, { enabled: false }, at(2));
    expect(again?.disabledReason).toBe('the receiver answered 410 Gone');

    const failing = await endpoints.create(anEndpoint(), at(0));
    await endpoints.markFailing(failing.id, at(1));
    const touched = await endpoints.update('account-a', failing.id, { enabled: true }, at(2));
    expect(touched?.failingSince).toEqual(at(1));
  });

  it('rotates: the new secret signs, the current one becomes previous until the given time', async () => {
    const created = await endpoints.create(anEndpoint(), at(0));

    const rotated = await endpoints.rotateSecret(
      'account-a',
      created.id,
      'whsec_bmV3LXNlY3JldC1uZXctc2VjcmV0LW5ldy1zZWNy',
      at(86_400_000),
      at(0),
    );
    expect(rotated).toMatchObject({
      secret: 'whsec_bmV3LXNlY3JldC1uZXctc2VjcmV0LW5ldy1zZWNy',
      previousSecret: created.secret,
      previousSecretUntil: at(86_400_000),
    });
    const twice = await endpoints.rotateSecret(
      'account-a',
      created.id,
      'whsec_third',
      at(9),
      at(5),
    );
    expect(twice?.previousSecret).toBe('whsec_bmV3LXNlY3JldC1uZXctc2VjcmV0LW5ldy1zZWNy');
  });

  it('removes an endpoint once', async () => {
    const created = await endpoints.create(anEndpoint(), at(0));
    expect(await endpoints.remove('account-a', created.id)).toBe(true);
    expect(await endpoints.remove('account-a', created.id)).toBe(false);
    expect(await endpoints.findById(created.id)).toBeUndefined();
  });

  it('finds the enabled endpoints of an account subscribed to a type, or to everything', async () => {
    const validated = await endpoints.create(anEndpoint({ events: ['invoice.validated'] }), at(0));
    const everything = await endpoints.create(anEndpoint({ events: ['*'] }), at(1));
    await endpoints.create(anEndpoint({ events: ['credit_note.validated'] }), at(2));
    const off = await endpoints.create(anEndpoint({ events: ['*'] }), at(3));
    await endpoints.disable(off.id, 'the receiver answered 410 Gone', at(4));
    await endpoints.create(anEndpoint({ accountKey: 'account-b', events: ['*'] }), at(5));

    const found = await endpoints.subscribedTo('account-a', 'invoice.validated');
    expect(found.map((e) => e.id)).toEqual([validated.id, everything.id]);
    const ranges = await endpoints.subscribedTo('account-a', 'numbering_range.low');
    expect(ranges.map((e) => e.id)).toEqual([everything.id]);
  });

  it('marks failing from the first failure of a run, and healthy again', async () => {
    const created = await endpoints.create(anEndpoint(), at(0));
    await endpoints.markFailing(created.id, at(10));
    await endpoints.markFailing(created.id, at(20));
    expect((await endpoints.findById(created.id))?.failingSince).toEqual(at(10));

    await endpoints.markHealthy(created.id);
    expect((await endpoints.findById(created.id))?.failingSince).toBeUndefined();
    await endpoints.markFailing(created.id, at(30));
    expect((await endpoints.findById(created.id))?.failingSince).toEqual(at(30));
  });

  it('disables with a reason', async () => {
    const created = await endpoints.create(anEndpoint(), at(0));
    await endpoints.disable(created.id, 'failing since 2026-03-01', at(7));
    expect(await endpoints.findById(created.id)).toMatchObject({
      enabled: false,
      disabledReason: 'failing since 2026-03-01',
      updatedAt: at(7),
    });
  });
});
