/**
 * Factus's list filters are bracketed query keys (`filter[number]`, `filter[created_at][start_date]`).
 * Fastify's default query parser keeps them flat (`query['filter[number]']`); a qs-style parser
 * would nest them (`query.filter.number`). Both forms are read, so a parser change cannot silently
 * disable filtering.
 */
export function queryValue(query: unknown, ...path: string[]): string | undefined {
  if (!query || typeof query !== 'object') return undefined;
  const record = query as Record<string, unknown>;
  const flatKey =
    path[0] +
    path
      .slice(1)
      .map((part) => `[${part}]`)
      .join('');
  const flat = asString(record[flatKey]);
  if (flat !== undefined) return flat;
  let node: unknown = record;
  for (const part of path) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return asString(node);
}

function asString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  // A repeated key arrives as an array; PHP keeps the last one.
  if (Array.isArray(value) && value.length > 0) return asString(value[value.length - 1]);
  return undefined;
}

/** A positive integer query value, or the fallback when absent or malformed. */
export function positiveInt(value: string | undefined, fallback: number): number {
  if (value === undefined || !/^\d+$/.test(value.trim())) return fallback;
  const parsed = Number(value);
  return parsed >= 1 && Number.isSafeInteger(parsed) ? parsed : fallback;
}
