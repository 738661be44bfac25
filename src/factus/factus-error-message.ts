/**
 * The human message of a Factus error body. Factus (Laravel) and its OAuth server put it in
 * different places: `message`, `error_description`, `error`, `data.message`, `errors[].message`.
 */
export function factusErrorMessage(body: unknown, status: number): string {
  const candidates: unknown[] = [];
  if (body && typeof body === 'object') {
    const record = body as Record<string, unknown>;
    candidates.push(record.message, record.error_description, record.error);
    const data = record.data;
    if (data && typeof data === 'object')
      candidates.push((data as Record<string, unknown>).message);
    if (Array.isArray(record.errors)) {
      const first: unknown = record.errors[0];
      if (first && typeof first === 'object')
        candidates.push((first as Record<string, unknown>).message);
      else candidates.push(first);
    }
  } else if (typeof body === 'string') {
    candidates.push(body.length <= 200 && !body.trimStart().startsWith('<') ? body : undefined);
  }
  const found = candidates.find((c): c is string => typeof c === 'string' && c.trim() !== '');
  return found?.trim() ?? `Factus answered HTTP ${status}`;
}
