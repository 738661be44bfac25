import type { FieldError } from '../errors/domain-error';

/**
 * What no DTO can describe, checked on the raw parsed JSON before class-transformer touches it:
 * plainToInstance and the whitelist cost grows faster than linearly with the number of keys (a
 * 1 MB object of 120k unknown keys held the event loop 12 s), so every limit here is checked in
 * one linear pass and the first one broken refuses the request.
 *
 * The limits sit well above anything our largest request (an invoice of 500 lines, each with its
 * taxes and withholdings) needs.
 */
export const REQUEST_LIMITS = {
  /** Our deepest field, `items[0].taxes[0].code`, is at 5; recursion beyond this overflows stacks. */
  maxDepth: 32,
  /** Our widest object (the invoice body) has ~30 fields. */
  maxKeysPerObject: 100,
  /** Items per invoice, lines of anything: the largest list we accept. */
  maxArrayElements: 500,
  /** Objects, arrays and scalars in one body: 500 lines × ~40 values, with room to spare. */
  maxNodes: 50_000,
  /** The longest text field we take is 500 (`observation`); a secret or token is < 4 KB. */
  maxStringLength: 10_000,
  /**
   * A file sent base64-encoded (the own PDF of an e-mail, `pdfBase64Encoded`): bounded by the body
   * limit in practice; this keeps a raised BODY_LIMIT from admitting any other text that long.
   */
  maxEncodedFileLength: 20_000_000,
} as const;

/** The fields that carry a whole file, base64-encoded: the only text allowed past maxStringLength. */
const ENCODED_FILE_FIELDS = new Set(['pdfBase64Encoded']);

export type RequestLimits = { readonly [K in keyof typeof REQUEST_LIMITS]: number };

/** With the `u` flag a surrogate pair is one code point, so this matches only unpaired halves. */
const UNPAIRED_SURROGATE = /[\uD800-\uDFFF]/u;
/**
 * C0 and C1 control characters and DEL (NUL, ESC, CR, LF, tab…): no field of an invoice, a note or
 * a login carries one, and Factus would store and print them as they came (or a log would split).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u001F\u007F-\u009F]/;

interface Visit {
  node: unknown;
  depth: number;
  parent?: Visit;
  key?: string;
  isIndex?: boolean;
}

/**
 * `customer` + `email` → `customer.email`, `items` + 0 → `items[0]`. An unknown key can be
 * anything, `""` included: one that is not a plain name is quoted (`customer[""]`, `["a b"]`), so
 * that every path names its field.
 */
export function joinPath(parent: string, key: string, isIndex: boolean): string {
  if (isIndex) return parent === '' ? key : `${parent}[${key}]`;
  // A key is the caller's text: a long one is shortened so that an error never echoes a body.
  const shown = key.length > 64 ? `${key.slice(0, 64)}…` : key;
  if (shown !== key || !/^[\p{L}\p{N}_$-]+$/u.test(key)) {
    return `${parent}[${JSON.stringify(shown)}]`;
  }
  return parent === '' ? key : `${parent}.${key}`;
}

function pathOf(visit: Visit): string {
  const keys: Visit[] = [];
  for (let v: Visit | undefined = visit; v?.parent; v = v.parent) keys.unshift(v);
  return keys.reduce((path, v) => joinPath(path, v.key!, v.isIndex!), '') || '(body)';
}

function fieldError(visit: Visit, problem: string): FieldError {
  const field = pathOf(visit);
  return { field, message: `${field} ${problem}` };
}

function stringProblem(
  text: string,
  key: string | undefined,
  limits: RequestLimits,
): string | undefined {
  const max =
    key !== undefined && ENCODED_FILE_FIELDS.has(key)
      ? limits.maxEncodedFileLength
      : limits.maxStringLength;
  if (text.length > max) return `must be at most ${max} characters long`;
  if (UNPAIRED_SURROGATE.test(text)) return 'must be Unicode text (it has an unpaired surrogate)';
  if (CONTROL_CHARACTER.test(text)) {
    return 'must not contain control characters (NUL, ESC, CR, LF, tab and the like)';
  }
  return undefined;
}

/** The first structural problem of `visit`'s own node (its size, not its children's). */
function containerProblem(visit: Visit, limits: RequestLimits): string | undefined {
  if (visit.depth >= limits.maxDepth) return `is nested more than ${limits.maxDepth} levels deep`;
  if (Array.isArray(visit.node)) {
    return visit.node.length > limits.maxArrayElements
      ? `must have at most ${limits.maxArrayElements} elements`
      : undefined;
  }
  // Counted before any key is looked at, so that a huge object costs one pass of its own keys.
  return Object.keys(visit.node as object).length > limits.maxKeysPerObject
    ? `must have at most ${limits.maxKeysPerObject} fields`
    : undefined;
}

/**
 * The first structural problem of a parsed JSON value, found without recursion and in time
 * linear in its size: nesting, keys per object, elements per array, values in all, string length,
 * and text that is not Unicode (an unpaired surrogate, which JSON's `\uD800` can express) or that
 * holds control characters.
 */
export function malformedValue(
  value: unknown,
  limits: RequestLimits = REQUEST_LIMITS,
): FieldError | undefined {
  const stack: Visit[] = [{ node: value, depth: 0 }];
  let nodes = 0;
  while (stack.length > 0) {
    const visit = stack.pop()!;
    nodes += 1;
    if (nodes > limits.maxNodes) {
      return { field: '(body)', message: `the body must hold at most ${limits.maxNodes} values` };
    }
    if (typeof visit.node === 'string') {
      const problem = stringProblem(visit.node, visit.key, limits);
      if (problem) return fieldError(visit, problem);
      continue;
    }
    if (visit.node === null || typeof visit.node !== 'object') continue;
    const problem = containerProblem(visit, limits);
    if (problem) return fieldError(visit, problem);
    const isIndex = Array.isArray(visit.node);
    for (const [key, node] of Object.entries(visit.node as Record<string, unknown>)) {
      const child: Visit = { node, depth: visit.depth + 1, parent: visit, key, isIndex };
      if (UNPAIRED_SURROGATE.test(key)) {
        return fieldError(child, 'is not a Unicode name (it has an unpaired surrogate)');
      }
      stack.push(child);
    }
  }
  return undefined;
}
