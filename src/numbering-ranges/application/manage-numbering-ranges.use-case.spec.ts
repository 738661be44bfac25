import type { ProviderSession } from '../../auth/domain/provider-session';
import type { CacheConfig } from '../../config/config-tokens';
import { NumberingRangeNotFoundError } from '../domain/numbering-range.errors';
import { ManageNumberingRangesUseCase } from './manage-numbering-ranges.use-case';
import { NumberingRangeCache } from './numbering-range-cache';
import { NumberingRangeSelector } from './numbering-range-selector';
import { FakeRangeGateway } from './testing/fake-numbering-range.gateway';

const session: ProviderSession = { accessToken: 't', accountKey: 'token:a' };

describe('ManageNumberingRangesUseCase', () => {
  let gateway: FakeRangeGateway;
  let cache: NumberingRangeCache;
  let selector: NumberingRangeSelector;
  let manage: ManageNumberingRangesUseCase;

  beforeEach(() => {
    gateway = new FakeRangeGateway();
    const config: CacheConfig = {
      numberingRangesTtlMs: 60_000,
      documentFilesMaxBytes: 0,
      documentFilesTokenTrustMs: 0,
    };
    cache = new NumberingRangeCache(gateway, config, { now: () => new Date() });
    selector = new NumberingRangeSelector(cache);
    manage = new ManageNumberingRangesUseCase(gateway, cache);
  });

  it('drops the cached list on each change, so the range check sees it at once', async () => {
    expect(await selector.check('21', undefined, session)).toEqual([]);
    await manage.toggleStatus(389, session);
    const [error] = await selector.check('21', undefined, session);
    expect(error.message).toMatch(/no active invoice numbering range/);

    const created = await manage.create({ document: '21', prefix: 'NEW', current: 1 }, session);
    expect(await selector.check('21', created.id, session)).toEqual([]);
    await manage.updateCurrent(created.id, 5, session);
    expect((await cache.all(session)).ranges.find((r) => r.id === created.id)?.current).toBe(5);
    await manage.delete(created.id, session);
    const [gone] = await selector.check('21', created.id, session);
    expect(gone.message).toContain('is not a numbering range of this Factus account');
    // One list per change, none between them.
    expect(gateway.listCalls).toHaveLength(5);
  });

  it('drops it when a change fails too: it may have landed in Factus', async () => {
    await selector.check('21', undefined, session);
    await expect(manage.toggleStatus(4242, session)).rejects.toBeInstanceOf(
      NumberingRangeNotFoundError,
    );
    expect((await cache.all(session)).fromCache).toBe(false);
  });

  it('marking an issue through the selector refreshes the list only', async () => {
    await selector.check('21', undefined, session);
    selector.markIssued('token:a');
    expect((await cache.all(session)).fromCache).toBe(true);
    expect((await cache.all(session, { afterOwnIssues: true })).fromCache).toBe(false);
  });
});
