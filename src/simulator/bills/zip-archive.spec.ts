import { crc32, zipArchive } from './zip-archive';

describe('zipArchive', () => {
  it('computes the CRC-32 of PKWARE (the standard check value)', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });

  it('writes stored entries and a central directory that ends the archive', () => {
    const zip = zipArchive([
      { name: 'a.txt', content: Buffer.from('hola') },
      { name: 'b.xml', content: Buffer.from('<x/>') },
    ]);
    expect(zip.readUInt32LE(0)).toBe(0x04034b50);
    const end = zip.length - 22;
    expect(zip.readUInt32LE(end)).toBe(0x06054b50);
    expect(zip.readUInt16LE(end + 10)).toBe(2);
    const directoryOffset = zip.readUInt32LE(end + 16);
    expect(zip.readUInt32LE(directoryOffset)).toBe(0x02014b50);
    expect(zip.subarray(30, 35).toString()).toBe('a.txt');
    expect(zip.subarray(35, 39).toString()).toBe('hola');
  });
});
