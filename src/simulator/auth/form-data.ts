/**
 * The text fields of a `multipart/form-data` body: what the OAuth pages call "form-data"
 * (autenticacion/auth.md, refresh-token.md). Files are ignored: the token endpoint takes none.
 * Returns undefined when the body is not multipart as the content type announces it.
 */
export function parseFormDataFields(
  contentType: string | undefined,
  body: string,
): Record<string, string> | undefined {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
  const marker = boundary?.[1] ?? boundary?.[2];
  if (!marker) return undefined;
  const fields: Record<string, string> = {};
  for (const part of body.split(`--${marker}`).slice(1)) {
    if (part.startsWith('--')) break; // the closing delimiter
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd < 0) continue;
    const headers = part.slice(0, headerEnd);
    const name = /content-disposition:[^\r\n]*\bname="([^"]*)"/i.exec(headers)?.[1];
    if (!name || /\bfilename=/i.test(headers)) continue;
    fields[name] = part.slice(headerEnd + 4).replace(/\r\n$/, '');
  }
  return fields;
}
