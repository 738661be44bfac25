/**
 * Parse Factus answers at the edge: every adapter reads a Factus body through a schema built from
 * the helpers of `src/factus/wire`, never through a cast (`body as T`). How an adapter does it:
 *
 * 1. Describe the wire shape next to the adapter, in a `*.wire.ts` file, as a zod object of the
 *    snake_case fields the adapter reads, built from the shared helpers only:
 *    ```ts
 *    export const factusRangeSchema = z.object({
 *      id: looseInteger,                         // 12 or "12"
 *      prefix: requiredText,                     // "" or null is "missing"
 *      resolution_number: optionalText,          // null, "" → undefined
 *      is_active: looseBoolean,                  // true / 1 / "1" / "true", and the falsy ones
 *      start_date: optionalFactusCalendarDate,   // "YYYY-MM-DD" or "DD-MM-YYYY" → "YYYY-MM-DD"
 *      total: decimalAmount,                     // "83300.00" / 83300 → Dec, never a float
 *      tribute: optionalCodeName,                // { code, name } (or { id, code, name })
 *    });
 *    export type FactusRangeWire = z.output<typeof factusRangeSchema>;
 *    ```
 *    A field the domain cannot do without is required (its helper without `optional`); a field
 *    Factus may leave out is optional (`optionalField(schema)` makes any schema so). Do not add
 *    defaults to hide a bad answer: a required field that is missing or unreadable is a 502.
 *    Unknown extra fields are ignored (zod objects strip them): Factus adds fields freely.
 * 2. Wrap it in the envelope, and lists in the page: `factusEnvelope(factusPage(factusRangeSchema))`.
 * 3. In the gateway, parse what the client returned, naming the endpoint template (not the path:
 *    the path may hold a document number):
 *    ```ts
 *    const { body } = await this.client.send({ method: 'GET', path, endpoint, session });
 *    const { data } = parseFactusAnswer(RANGE_ANSWER, body, 'GET /v2/numbering-ranges/:id');
 *    return fromFactusNumberingRange(data);   // the mapper takes the parsed, typed wire value
 *    ```
 * 4. The mapper only renames and combines (snake_case → domain); it no longer coerces.
 * 5. Specs: one well-formed answer (the docs' example), plus a malformed one per rule that
 *    matters, asserting FactusBadResponseError and the field path in its message.
 *
 * A failure is `FactusBadResponseError` (502 FACTUS_BAD_RESPONSE) whose detail names the endpoint
 * template and the field paths (`data.bill.total is not an amount`), never a value: Factus bodies
 * hold personal data (names, e-mails, identification numbers).
 */
import { z } from 'zod';
import { FactusBadResponseError } from '../factus.errors';
import { isAbsent } from './loose-value';

/**
 * Each answer schema AOT-compiled once (zod's `compile`): a generated parser runs first and the
 * ordinary one only when it refuses, so a good answer is read faster (a show's 20-line bill: about
 * 330 → 240 µs here) and a bad one still gets the ordinary parser's issues. A schema the compiler
 * cannot model comes back as it was and parses as before.
 */
const compiled = new WeakMap<z.ZodType, z.ZodType>();

function compiledOf<T extends z.ZodType>(schema: T): T {
  let fast = compiled.get(schema);
  if (!fast) {
    fast = z.compile(schema);
    compiled.set(schema, fast);
  }
  return fast as T;
}

/** Issues named in the detail; more only add noise when a whole answer has the wrong shape. */
const MAX_ISSUES_NAMED = 3;

type Issue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;

/** `data.items[0].total`; the whole body when the path is empty. */
export function fieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the body';
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
    )
    .join('');
}

/** Messages for zod's own issues (ours carry theirs); they describe the expectation, not the input. */
function builtInMessage(issue: RawIssue): string {
  if (issue.code === 'invalid_type') {
    if (isAbsent(issue.input)) return 'is missing';
    if (issue.expected === 'array') return 'is not a list';
    if (issue.expected === 'object') return 'is not an object';
    return `is not ${String(issue.expected)}`;
  }
  return `is not what Factus documents (${issue.code})`;
}

function describe(issues: readonly Issue[]): string {
  const named = issues
    .slice(0, MAX_ISSUES_NAMED)
    .map((issue) => `${fieldPath(issue.path)} ${issue.message}`);
  const rest = issues.length - named.length;
  return named.join('; ') + (rest > 0 ? ` (and ${rest} more)` : '');
}

/**
 * The Factus answer `body` of `endpoint` (`GET /v2/bills/:number`) read through `schema`, or a
 * FactusBadResponseError naming the endpoint and the fields that did not fit.
 */
export function parseFactusAnswer<T extends z.ZodType>(
  schema: T,
  body: unknown,
  endpoint: string,
): z.output<T> {
  const result = compiledOf(schema).safeParse(body, { error: builtInMessage });
  if (result.success) return result.data;
  // No `cause`: a ZodError could be logged whole, and later zod options could put inputs in it.
  throw new FactusBadResponseError(
    `Factus answered ${endpoint} with a body we cannot use: ${describe(result.error.issues)}.`,
  );
}
