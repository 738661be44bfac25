import { etagOf, ifNoneMatchHits } from './etag';

describe('etag', () => {
  it('is a quoted hash that changes with the content', () => {
    expect(etagOf('a')).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(etagOf('a')).toBe(etagOf(Buffer.from('a')));
    expect(etagOf('a')).not.toBe(etagOf('b'));
  });

  it('matches If-None-Match lists, weak tags and *', () => {
    const tag = etagOf('a');
    expect(ifNoneMatchHits(undefined, tag)).toBe(false);
    expect(ifNoneMatchHits(tag, tag)).toBe(true);
    expect(ifNoneMatchHits(`"other", W/${tag}`, tag)).toBe(true);
    expect(ifNoneMatchHits('*', tag)).toBe(true);
    expect(ifNoneMatchHits('"other"', tag)).toBe(false);
  });
});
