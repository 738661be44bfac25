import type { FastifyReply } from 'fastify';
import { answerNotModified, etagOf, ifNoneMatchHits } from './etag';

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

  it('compares weakly both ways (RFC 9110 §13.1.2)', () => {
    expect(ifNoneMatchHits('"x"', 'W/"x"')).toBe(true);
    expect(ifNoneMatchHits('W/"x"', 'W/"x"')).toBe(true);
    expect(ifNoneMatchHits('W/"x"', '"y"')).toBe(false);
  });

  it('reads whole entity-tags: a comma inside quotes does not split a tag', () => {
    expect(ifNoneMatchHits('"a,b"', '"a,b"')).toBe(true);
    expect(ifNoneMatchHits('"a,b"', '"a"')).toBe(false);
    expect(ifNoneMatchHits('"x",,  "y"', '"y"')).toBe(true);
  });

  it('takes * only as the whole field, and ignores unquoted junk', () => {
    expect(ifNoneMatchHits(' * ', '"x"')).toBe(true);
    expect(ifNoneMatchHits('a*b', '"x"')).toBe(false);
    expect(ifNoneMatchHits('x', '"x"')).toBe(false);
  });
});

describe('answerNotModified', () => {
  const reply = () => {
    const sent = { status: 200, headers: {} as Record<string, string> };
    const fake = {
      header: (name: string, value: string) => ((sent.headers[name] = value), fake),
      status: (status: number) => ((sent.status = status), fake),
    };
    return { reply: fake as unknown as FastifyReply, sent };
  };
  const validator = { etag: '"x"', cacheControl: 'public, max-age=60' };

  it('sends the validators and 304 when the copy is current', () => {
    const { reply: r, sent } = reply();
    expect(answerNotModified(r, validator, 'W/"x"')).toBe(true);
    expect(sent).toEqual({
      status: 304,
      headers: { etag: '"x"', 'cache-control': 'public, max-age=60' },
    });
  });

  it('leaves the status alone when the copy is not current', () => {
    const { reply: r, sent } = reply();
    expect(answerNotModified(r, validator, '"y"')).toBe(false);
    expect(sent.status).toBe(200);
    expect(sent.headers.etag).toBe('"x"');
  });
});
