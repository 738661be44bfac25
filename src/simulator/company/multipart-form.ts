/** One part of a multipart/form-data body. */
export interface FormPart {
  name: string;
  fileName?: string;
  contentType?: string;
  content: Buffer;
}

/**
 * A small RFC 7578 reader, enough for the simulator's one multipart route (the logo): the parts of
 * `body` by the boundary of `contentType`, or undefined when the body is not well formed. Laravel
 * reads multipart bodies on any route; so does the simulator (see company.routes.ts).
 */
export function parseMultipart(
  body: Buffer,
  contentType: string | undefined,
): FormPart[] | undefined {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
  const token = boundary?.[1] ?? boundary?.[2];
  if (!token) return undefined;
  const delimiter = Buffer.from(`--${token}`);
  const parts: FormPart[] = [];
  let at = body.indexOf(delimiter);
  if (at < 0) return undefined;
  for (;;) {
    at += delimiter.length;
    if (body.subarray(at, at + 2).toString() === '--') return parts;
    if (body.subarray(at, at + 2).toString() !== '\r\n') return undefined;
    const headersEnd = body.indexOf('\r\n\r\n', at + 2);
    if (headersEnd < 0) return undefined;
    const next = body.indexOf(Buffer.from(`\r\n--${token}`), headersEnd + 4);
    if (next < 0) return undefined;
    const headers = body
      .subarray(at + 2, headersEnd)
      .toString('utf8')
      .split('\r\n');
    const part = partOf(headers, body.subarray(headersEnd + 4, next));
    if (part) parts.push(part);
    at = next + 2;
  }
}

function partOf(headers: string[], content: Buffer): FormPart | undefined {
  const header = (name: string) =>
    headers
      .find((line) => line.toLowerCase().startsWith(`${name}:`))
      ?.slice(name.length + 1)
      .trim();
  const disposition = header('content-disposition') ?? '';
  const name = /\bname="([^"]*)"/i.exec(disposition)?.[1];
  if (name === undefined) return undefined;
  return {
    name,
    fileName: /\bfilename="([^"]*)"/i.exec(disposition)?.[1],
    contentType: header('content-type'),
    content,
  };
}
