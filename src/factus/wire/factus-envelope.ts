import { z } from 'zod';
import { optionalLooseInteger, optionalText } from './loose-scalars';
import { optionalField } from './loose-value';

type Envelope<T extends z.ZodType> = z.ZodObject<{
  status: typeof optionalText;
  message: typeof optionalText;
  data: T;
}>;

/** One envelope per data schema: zod compiles an object schema on its first parse, once per instance. */
const envelopes = new WeakMap<z.ZodType, Envelope<z.ZodType>>();

/**
 * Factus's success envelope `{ status, message, data }`. `status` is text (`"OK"`, `"Created"`)
 * and both it and `message` are informational: only `data` is checked, by the given schema.
 * The same `data` schema always gets the same envelope, so a caller may wrap per request without
 * paying zod's compilation each time (it was a tenth of a show's CPU).
 */
export function factusEnvelope<T extends z.ZodType>(data: T): Envelope<T> {
  let envelope = envelopes.get(data);
  if (!envelope) {
    envelope = z.object({ status: optionalText, message: optionalText, data });
    envelopes.set(data, envelope);
  }
  return envelope as Envelope<T>;
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
