import contentDisposition from 'content-disposition';
import type { FastifyReply } from 'fastify';
import { attachment, replyWithFile } from './document-file.reply';
import { etagOf } from './etag';

/** Records what the reply was told; chainable like Fastify's. */
function fakeReply() {
  const sent = { status: 200, type: '', headers: {} as Record<string, string> };
  const reply = {
    header: (name: string, value: string) => ((sent.headers[name] = value), reply),
    type: (type: string) => ((sent.type = type), reply),
    status: (status: number) => ((sent.status = status), reply),
  };
  return { reply: reply as unknown as FastifyReply, sent };
}

describe('replyWithFile', () => {
  const content = Buffer.from('%PDF-1.4');
  const file = { fileName: 'fvSETP990000001', content, etag: etagOf(content) };

  it('sends the bytes with type, file name, strong ETag and a private day of caching', () => {
    const { reply, sent } = fakeReply();
    expect(replyWithFile(reply, file, 'pdf', undefined)).toBe(content);
    expect(sent).toEqual({
      status: 200,
      type: 'application/pdf',
      headers: {
        etag: file.etag,
        'cache-control': 'private, max-age=86400, immutable',
        'content-disposition': 'attachment; filename="fvSETP990000001.pdf"',
      },
    });
  });

  it.each([
    ['the same tag', file.etag],
    ['the weak form of the tag', `W/${file.etag}`],
    ['a list holding it', `"other", W/${file.etag}`],
    ['*', '*'],
  ])('answers 304 without a body to %s', (_case, ifNoneMatch) => {
    const { reply, sent } = fakeReply();
    expect(replyWithFile(reply, file, 'xml', ifNoneMatch)).toBeUndefined();
    expect(sent.status).toBe(304);
    expect(sent.headers.etag).toBe(file.etag);
  });

  it('sends the file again to a tag that does not match', () => {
    const { reply, sent } = fakeReply();
    expect(replyWithFile(reply, file, 'xml', '"other"')).toBe(content);
    expect(sent).toMatchObject({ status: 200, type: 'application/xml' });
  });
});

describe('attachment', () => {
  it('gives a non-ASCII name as RFC 6266 filename* with a legible ASCII fallback', () => {
    const header = attachment('Nota crédito Peña €.pdf');
    expect(header).toBe(
      `attachment; filename="Nota credito Pena _.pdf"; filename*=UTF-8''Nota%20cr%C3%A9dito%20Pe%C3%B1a%20%E2%82%AC.pdf`,
    );
    expect(contentDisposition.parse(header).parameters.filename).toBe('Nota crédito Peña €.pdf');
  });

  it('escapes quotes, keeps only a base name, and cannot be split into another header', () => {
    expect(contentDisposition.parse(attachment('a"b.pdf')).parameters.filename).toBe('a"b.pdf');
    expect(attachment('../x/y.pdf')).toBe('attachment; filename="y.pdf"');
    expect(attachment('x\r\nSet-Cookie: y.pdf')).not.toMatch(/[\r\n]/);
  });
});
