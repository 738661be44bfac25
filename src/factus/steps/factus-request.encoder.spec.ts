import { encodeRequest } from './factus-request.encoder';

const CONFIG = { baseUrl: 'https://factus.test', timeoutMs: 1000 };

describe('encodeRequest with a file', () => {
  it('sends one multipart/form-data part with the file, its name and type', () => {
    const content = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]);
    const request = encodeRequest(
      {
        method: 'POST',
        path: '/v2/companies/logo',
        file: { field: 'image', fileName: 'logo.png', contentType: 'image/png', content },
      },
      'tok',
      CONFIG,
    );
    const boundary = /^multipart\/form-data; boundary=(factus-api-[0-9a-f]{32})$/.exec(
      request.headers['Content-Type'],
    )?.[1];
    expect(boundary).toBeDefined();
    expect(request.data).toBeUndefined();
    expect(request.headers.Authorization).toBe('Bearer tok');
    expect(request.binary).toEqual(
      Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="image"; filename="logo.png"\r\n` +
            'Content-Type: image/png\r\n\r\n',
        ),
        content,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
    );
  });

  it('draws a new boundary each time, and sends JSON calls without a binary body', () => {
    const file = {
      field: 'image',
      fileName: 'a.jpg',
      contentType: 'image/jpeg',
      content: Buffer.alloc(1),
    };
    const first = encodeRequest({ method: 'POST', path: '/x', file }, undefined, CONFIG);
    const second = encodeRequest({ method: 'POST', path: '/x', file }, undefined, CONFIG);
    expect(first.headers['Content-Type']).not.toBe(second.headers['Content-Type']);
    const json = encodeRequest({ method: 'PUT', path: '/x', json: { a: 1 } }, undefined, CONFIG);
    expect(json).not.toHaveProperty('binary');
    expect(json.data).toBe('{"a":1}');
  });

  it('refuses, before sending, a name that could leave its quotes or its header line', () => {
    const file = (fileName: string, contentType = 'image/png') => ({
      field: 'image',
      fileName,
      contentType,
      content: Buffer.alloc(1),
    });
    for (const bad of [
      file('a".png'),
      file('a\r\nX-Evil: 1.png'),
      file('a.png', 'image/png\r\n'),
    ]) {
      expect(() =>
        encodeRequest({ method: 'POST', path: '/x', file: bad }, undefined, CONFIG),
      ).toThrow(/cannot be sent as it is/);
    }
  });
});
