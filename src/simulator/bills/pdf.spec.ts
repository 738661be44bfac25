import { renderPdf } from './pdf';

function xrefOffsets(pdf: string): number[] {
  const start = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(pdf)?.[1]);
  const table = pdf.slice(start);
  const [, count] = /^xref\n0 (\d+)\n/.exec(table) ?? [];
  const entries = table.split('\n').slice(2, 2 + Number(count));
  return entries.slice(1).map((entry) => Number(entry.slice(0, 10)));
}

describe('renderPdf', () => {
  const pdf = renderPdf(
    [
      { text: 'Factura electrónica de venta SETP990000001', size: 14, bold: true },
      { text: 'Cliente: Alan (Turing) \\ Compañía' },
      { text: 'CUFE: ' + 'a'.repeat(96), size: 8 },
    ],
    { title: 'SETP990000001' },
  );
  const text = pdf.toString('latin1');

  it('is a PDF 1.4 file that ends with %%EOF', () => {
    expect(text.startsWith('%PDF-1.4\n')).toBe(true);
    expect(text.endsWith('%%EOF\n')).toBe(true);
  });

  it('has an xref table whose offsets point at each "n 0 obj"', () => {
    const start = Number(/startxref\n(\d+)\n/.exec(text)?.[1]);
    expect(text.slice(start, start + 4)).toBe('xref');
    const offsets = xrefOffsets(text);
    expect(offsets.length).toBeGreaterThanOrEqual(7);
    offsets.forEach((offset, index) => {
      expect(text.slice(offset, offset + `${index + 1} 0 obj`.length)).toBe(`${index + 1} 0 obj`);
    });
    // Every xref entry is exactly 20 bytes ("0000000009 00000 n\r\n"), and the trailer follows.
    const header = /^xref\n0 (\d+)\n/.exec(text.slice(start));
    const count = Number(header?.[1]);
    const entriesStart = start + (header?.[0].length ?? 0);
    for (let i = 0; i < count; i += 1) {
      const entry = text.slice(entriesStart + i * 20, entriesStart + (i + 1) * 20);
      expect(entry).toMatch(/^\d{10} \d{5} [nf]\r\n$/);
    }
    expect(text.slice(entriesStart + count * 20).startsWith('trailer')).toBe(true);
  });

  it('declares the right stream length and carries the text, escaped, in WinAnsi', () => {
    const match = /<< \/Length (\d+) >>\nstream\n/.exec(text);
    expect(match).not.toBeNull();
    const streamStart = (match?.index ?? 0) + (match?.[0].length ?? 0);
    const length = Number(match?.[1]);
    expect(text.slice(streamStart + length, streamStart + length + 10)).toBe('\nendstream');
    expect(text).toContain('SETP990000001');
    expect(text).toContain('(Cliente: Alan \\(Turing\\) \\\\ Compa\xf1\xeda) Tj');
    expect(text).toContain('/BaseFont /Helvetica');
  });

  it('starts new pages when the text does not fit on one', () => {
    const long = renderPdf(
      Array.from({ length: 120 }, (_, i) => ({ text: `Línea ${i}` })),
    ).toString('latin1');
    const count = Number(/\/Type \/Pages \/Kids \[[^\]]*\] \/Count (\d+)/.exec(long)?.[1]);
    expect(count).toBeGreaterThan(1);
    xrefOffsets(long).forEach((offset, index) => {
      expect(long.slice(offset).startsWith(`${index + 1} 0 obj`)).toBe(true);
    });
  });
});
