import type { ProviderSession } from '../../auth/domain/provider-session';
import type { CacheConfig } from '../../config/config-tokens';
import { NumberingRangeCache } from './numbering-range-cache';
import { NumberingRangeSelector } from './numbering-range-selector';
import { QueryNumberingRangesUseCase } from './query-numbering-ranges.use-case';
import { FakeRangeGateway } from './testing/fake-numbering-range.gateway';

const session = (accountKey = 'token:a'): ProviderSession => ({ accessToken: 't', accountKey });

/**
 * After the service issues a document, the list must show the range's `current` as it is now
 * (issue 16 item 7), without a Factus call per issued document: the range check keeps its copy.
 */
describe('NumberingRangeCache.markIssued', () => {
  let gateway: FakeRangeGateway;
  let cache: NumberingRangeCache;
  let selector: NumberingRangeSelector;
  let queries: QueryNumberingRangesUseCase;

  beforeEach(() => {
    gateway = new FakeRangeGateway();
    const config: CacheConfig = {
      numberingRangesTtlMs: 60_000,
      documentFilesMaxBytes: 0,
      documentFilesTokenTrustMs: 0,
    };
    cache = new NumberingRangeCache(gateway, config, { now: () => new Date() });
    selector = new NumberingRangeSelector(cache);
    queries = new QueryNumberingRangesUseCase(cache, gateway);
  });

  /** What Factus does when it numbers a document from 389. */
  const issueFrom389 = () => {
    gateway.ranges[0].current += 1;
    cache.markIssued('token:a');
  };

  it('makes the next list fetch again, so list and show agree on current', async () => {
    expect((await queries.list({}, session()))[0].current).toBe(990000001);
    issueFrom389();
    const listed = (await queries.list({}, session()))[0].current;
    expect(listed).toBe(990000002);
    expect(listed).toBe((await queries.get(389, session())).current);
    expect(gateway.listCalls).toHaveLength(2);
    // Nothing issued since: served from memory again.
    await queries.list({}, session());
    expect(gateway.listCalls).toHaveLength(2);
  });

  it('costs the range check nothing: one Factus list for any number of issued documents', async () => {
    for (let issued = 0; issued < 5; issued += 1) {
      expect(await selector.check('21', undefined, session())).toEqual([]);
      issueFrom389();
    }
    expect(gateway.listCalls).toHaveLength(1);
    // The list then asks once for all five.
    expect((await queries.list({}, session()))[0].current).toBe(990000006);
    expect(gateway.listCalls).toHaveLength(2);
  });

  it('is per account', async () => {
    await queries.list({}, session());
    await queries.list({}, session('token:b'));
    cache.markIssued('token:b');
    await queries.list({}, session());
    await queries.list({}, session('token:b'));
    expect(gateway.listCalls.map((call) => call.accountKey)).toEqual([
      'token:a',
      'token:b',
      'token:b',
    ]);
  });

  it('an issue while a list is being fetched: that answer may predate it, so the list asks again', async () => {
    let release!: () => void;
    gateway.pending = new Promise((resolve) => (release = resolve));
    const listing = queries.list({}, session());
    issueFrom389();
    release();
    gateway.pending = undefined;
    expect((await listing)[0].current).toBe(990000002);
    expect(gateway.listCalls).toHaveLength(2);
  });
});
