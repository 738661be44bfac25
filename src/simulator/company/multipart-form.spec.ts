import { parseMultipart } from './multipart-form';

const body = (boundary: string) =>
  Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\nhola\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="image"; filename="a.png"\r\n` +
        'Content-Type: image/png\r\n\r\n',
    ),
    Buffer.from([0x89, 0x0d, 0x0a, 0x2d, 0x2d]),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);

describe('parseMultipart', () => {
  it('reads each part with its name, file name, type and exact bytes', () => {
    expect(parseMultipart(body('xyz'), 'multipart/form-data; boundary=xyz')).toEqual([
      { name: 'note', fileName: undefined, contentType: undefined, content: Buffer.from('hola') },
      {
        name: 'image',
        fileName: 'a.png',
        contentType: 'image/png',
        content: Buffer.from([0x89, 0x0d, 0x0a, 0x2d, 0x2d]),
      },
    ]);
  });

  it('takes a quoted boundary, and refuses a body that is not well formed', () => {
    expect(parseMultipart(body('a b'), 'multipart/form-data; boundary="a b"')).toHaveLength(2);
    expect(parseMultipart(body('xyz'), 'multipart/form-data')).toBeUndefined();
    expect(
      parseMultipart(Buffer.from('nothing'), 'multipart/form-data; boundary=xyz'),
    ).toBeUndefined();
    expect(
      parseMultipart(body('xyz').subarray(0, 60), 'multipart/form-data; boundary=xyz'),
    ).toBeUndefined();
  });
});
