import { z } from 'zod';
import { isAbsent } from './loose-value';
import { optionalText, requiredText } from './loose-scalars';

/**
 * A catalogue entry as Factus nests it: `{ code, name }`, sometimes `{ id, code, name }` (the `id`
 * is Factus's row id and is dropped). The name is left undefined when Factus omits it: whether a
 * missing name reads as the code or as "" is the adapter's choice for its domain type.
 */
export const codeName = z.object({ code: requiredText, name: optionalText });
export type WireCodeName = z.output<typeof codeName>;

function isRecord(input: unknown): input is Record<string, unknown> {
  return typeof input === 'object' && input !== null && !Array.isArray(input);
}

/**
 * A catalogue entry (`codeName`, or an extension of it such as a municipality with its
 * department) or undefined: absent, `null`, and an entry whose code is not set
 * (`{ code: null, name: null }`, how Factus writes an empty relation) are all undefined.
 */
export function optionalCatalogueEntry<T>(entry: z.ZodType<T>): z.ZodType<T | undefined> {
  return z.preprocess(
    (input) => (isAbsent(input) || (isRecord(input) && isAbsent(input.code)) ? undefined : input),
    entry.optional(),
  );
}

/** A `{ code, name }` entry, or undefined when not set (see optionalCatalogueEntry). */
export const optionalCodeName = optionalCatalogueEntry(codeName);
