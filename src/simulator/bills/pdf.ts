/**
 * A tiny PDF 1.4 writer: text lines in Helvetica on A4 pages, enough for a readable graphic
 * representation of a simulated invoice. The file is real (header, objects, a byte-exact xref
 * table, trailer), so PDF readers and `file(1)` accept it and tests can inspect it. Streams are not
 * compressed, which keeps the text greppable.
 */
export interface PdfLine {
  text: string;
  /** Font size in points (default 10). */
  size?: number;
  bold?: boolean;
  /** Extra space above the line, in points. */
  spaceBefore?: number;
}

export interface PdfOptions {
  title?: string;
}

const PAGE_WIDTH = 595; // A4 in points
const PAGE_HEIGHT = 842;
const MARGIN = 50;
/** Average Helvetica glyph width as a fraction of the font size, to wrap lines conservatively. */
const AVERAGE_GLYPH_WIDTH = 0.55;

export function renderPdf(lines: readonly PdfLine[], options: PdfOptions = {}): Buffer {
  const pages = layOut(lines.flatMap(wrap));
  const objects: string[] = [];
  // Fixed objects: 1 catalog, 2 page tree, 3 and 4 fonts, 5 info; pages and contents follow.
  const pageIds = pages.map((_, index) => 6 + index * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  objects[4] =
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>';
  objects[5] = `<< /Title ${pdfString(options.title ?? '')} /Producer (Factus simulator) >>`;
  pages.forEach((content, index) => {
    const pageId = pageIds[index];
    objects[pageId] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] ` +
      `/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${pageId + 1} 0 R >>`;
    objects[pageId + 1] =
      `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;
  });
  return serialise(objects);
}

/** Header, numbered objects, the xref table with each object's byte offset, and the trailer. */
function serialise(objects: string[]): Buffer {
  const chunks: Buffer[] = [];
  let offset = 0;
  const write = (text: string) => {
    const chunk = Buffer.from(text, 'latin1');
    chunks.push(chunk);
    offset += chunk.length;
  };
  // The second line's high bytes tell transfer tools that the file is binary.
  write('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id += 1) {
    offsets[id] = offset;
    write(`${id} 0 obj\n${objects[id]}\nendobj\n`);
  }
  const xrefOffset = offset;
  // Each xref entry is exactly 20 bytes: 10-digit offset, 5-digit generation, type, CR LF.
  let xref = `xref\n0 ${objects.length}\n0000000000 65535 f\r\n`;
  for (let id = 1; id < objects.length; id += 1) {
    xref += `${String(offsets[id]).padStart(10, '0')} 00000 n\r\n`;
  }
  write(xref);
  write(
    `trailer\n<< /Size ${objects.length} /Root 1 0 R /Info 5 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`,
  );
  return Buffer.concat(chunks);
}

/** Positions lines top to bottom, starting a new page when one is full; returns content streams. */
function layOut(lines: readonly PdfLine[]): string[] {
  const pages: string[][] = [[]];
  let y = PAGE_HEIGHT - MARGIN;
  for (const line of lines) {
    const size = line.size ?? 10;
    const advance = (line.spaceBefore ?? 0) + size * 1.4;
    if (y - advance < MARGIN && pages[pages.length - 1].length > 0) {
      pages.push([]);
      y = PAGE_HEIGHT - MARGIN;
    }
    y -= advance;
    const font = line.bold ? 'F2' : 'F1';
    pages[pages.length - 1].push(
      `BT /${font} ${size} Tf 1 0 0 1 ${MARGIN} ${y.toFixed(2)} Tm ${pdfString(line.text)} Tj ET`,
    );
  }
  return pages.map((operations) => operations.join('\n'));
}

/** Splits a line that would overflow the page width, at spaces when it can. */
function wrap(line: PdfLine): PdfLine[] {
  const maxChars = Math.floor(
    (PAGE_WIDTH - 2 * MARGIN) / ((line.size ?? 10) * AVERAGE_GLYPH_WIDTH),
  );
  const result: PdfLine[] = [];
  let rest = line.text;
  while (rest.length > maxChars) {
    const space = rest.lastIndexOf(' ', maxChars);
    const cut = space > 0 ? space : maxChars;
    result.push({
      ...line,
      text: rest.slice(0, cut),
      spaceBefore: result.length ? 0 : line.spaceBefore,
    });
    rest = rest.slice(cut).trimStart();
  }
  result.push({ ...line, text: rest, spaceBefore: result.length ? 0 : line.spaceBefore });
  return result;
}

/** Characters WinAnsiEncoding places in 0x80-0x9F (Latin-1 has control codes there). */
const WIN_ANSI_EXTRAS: Record<string, number> = {
  '€': 0x80,
  '…': 0x85,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
};

/** A PDF literal string in WinAnsi bytes: backslash, parentheses escaped; unmappable chars as '?'. */
function pdfString(text: string): string {
  let out = '(';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0x3f;
    if (char === '\\' || char === '(' || char === ')') out += `\\${char}`;
    else if (code >= 0x20 && code < 0x7f) out += char;
    else if (code >= 0xa0 && code <= 0xff) out += String.fromCharCode(code);
    else if (WIN_ANSI_EXTRAS[char] !== undefined) out += String.fromCharCode(WIN_ANSI_EXTRAS[char]);
    else if (code === 0x09) out += ' ';
    else out += '?';
  }
  return `${out})`;
}
