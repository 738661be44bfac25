import { requestIdFields, runInRequest } from './request-context';

describe('request context', () => {
  it('names the request within it, across awaits, and nothing outside it', async () => {
    expect(requestIdFields()).toEqual({});
    const seen = await new Promise<Array<{ requestId?: string }>>((resolve) =>
      runInRequest('req-1', () => {
        const first = requestIdFields();
        void Promise.resolve()
          .then(() => new Promise((later) => setImmediate(later)))
          .then(() => resolve([first, requestIdFields()]));
      }),
    );
    expect(seen).toEqual([{ requestId: 'req-1' }, { requestId: 'req-1' }]);
    expect(requestIdFields()).toEqual({});
  });

  it('keeps concurrent requests apart', async () => {
    const inRequest = (id: string) =>
      new Promise<string | undefined>((resolve) =>
        runInRequest(id, () => setImmediate(() => resolve(requestIdFields().requestId))),
      );
    expect(await Promise.all([inRequest('a'), inRequest('b')])).toEqual(['a', 'b']);
  });
});
