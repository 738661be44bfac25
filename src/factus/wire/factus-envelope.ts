import { z } from 'zod';
import { optionalLooseInteger, optionalText } from './loose-scalars';
import { optionalField } from './loose-value';

/**
 * Factus's success envelope `{ status, message, data }`. `status` is text (`"OK"`, `"Created"`)
 * and both it and `message` are informational: only `data` is checked, by the given schema.
 */
export function factusEnvelope<T extends z.ZodType>(data: T) {
  return z.object({ status: optionalText, message: optionalText, data });
}

/** Laravel's pagination block; every member optional, but one that is present must be an integer. */
export const factusPagination = z.object({
  total: optionalLooseInteger,
  per_page: optionalLooseInteger,
  current_page: optionalLooseInteger,
  last_page: optionalLooseInteger,
});
export type FactusPagination = z.output<typeof factusPagination>;

/**
 * A Factus list: `data.data[]` plus `data.pagination`. A bare array (how catalogue endpoints and
 * some list answers come) is read as a page without pagination; its issues are then reported at
 * `data.data[i]`.
 */
export function factusPage<T extends z.ZodType>(row: T) {
  return z.preprocess(
    (input) => (Array.isArray(input) ? { data: input } : input),
    z.object({ data: z.array(row), pagination: optionalField(factusPagination) }),
  );
}
