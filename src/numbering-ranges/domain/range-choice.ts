import type { FieldError } from '../../common/errors/domain-error';
import { hasDocumentCode, isExhausted, isUsable, NumberingRange } from './numbering-range';

/** The request field that names the range, in every document's request. */
export const RANGE_ID_FIELD = 'numberingRangeId';

/** How messages name the documents of each range document code. */
const DOCUMENT_LABELS: Readonly<Record<string, string>> = {
  '21': 'invoice',
  '22': 'credit note',
  '23': 'debit note',
  '24': 'support document',
  '25': 'adjustment note',
  '30': 'paper invoice',
};

/**
 * Factus's rule (factus-api.md §2.7): `numbering_range_id` may be omitted only when the account
 * has exactly one active range for the document type, and Factus then uses it. Checked here so that
 * a request Factus would refuse, or DIAN would reject (expired resolution, FAB07b), never leaves:
 *
 * - omitted: exactly one active range of the type, and it is usable (unexpired, numbers left);
 * - given: it must be an active, unexpired range of the type with numbers left.
 *
 * Each failure is one error on `numberingRangeId` that names the ranges the caller can use.
 *
 * Only what is certain is refused. A range whose document type Factus named in a way no code
 * matches (hasDocumentCode false) might be of this type: its type is not held against a given
 * id, and while one is active, omitting the id is refused only when several ranges of the type
 * are certainly active. Otherwise the request goes to Factus, which knows, rather than every
 * document being refused locally for a name we could not read.
 */
export function checkRangeChoice(
  ranges: readonly NumberingRange[],
  documentCode: string,
  numberingRangeId: number | undefined,
): FieldError[] {
  const label = DOCUMENT_LABELS[documentCode] ?? `document ${documentCode}`;
  const ofDocument = ranges.filter((range) => range.document === documentCode);
  const usable = ofDocument.filter(isUsable);
  const hint =
    usable.length > 0
      ? `Usable ${label} ranges: ${usable.map(describe).join(', ')}.`
      : `The account has no usable ${label} range: create or activate one in Factus.`;
  const error = (message: string): FieldError[] => [{ field: RANGE_ID_FIELD, message }];

  if (numberingRangeId !== undefined) {
    const range = ranges.find((candidate) => candidate.id === numberingRangeId);
    const named = `${RANGE_ID_FIELD} ${numberingRangeId}`;
    if (!range) return error(`${named} is not a numbering range of this Factus account. ${hint}`);
    if (hasDocumentCode(range) && range.document !== documentCode) {
      return error(
        `${named} (${range.prefix}) is a ${range.documentName} range (document ${range.document}), not ${withArticle(label)} range (${documentCode}). ${hint}`,
      );
    }
    const problem = unusableBecause(range, label);
    return problem ? error(`${named} (${range.prefix}) ${problem}. ${hint}`) : [];
  }

  const active = ofDocument.filter((range) => range.isActive);
  const activeOfUnknownType = ranges.filter((range) => range.isActive && !hasDocumentCode(range));
  if (activeOfUnknownType.length > 0 && active.length <= 1) return [];
  if (active.length === 0) {
    return error(
      `Factus has no active ${label} numbering range: create or activate one in Factus, then send the ${label} again.`,
    );
  }
  if (active.length > 1) {
    return error(
      `${RANGE_ID_FIELD} is required: the account has ${active.length} active ${label} numbering ranges, ${active.map(describe).join(', ')}. Say which one to use.`,
    );
  }
  const problem = unusableBecause(active[0], label);
  return problem
    ? error(`The only active ${label} numbering range, ${describe(active[0])}, ${problem}.`)
    : [];
}

function unusableBecause(range: NumberingRange, label: string): string | undefined {
  if (!range.isActive) return 'is not active';
  if (range.isExpired) {
    return `expired${range.endDate ? ` on ${range.endDate}` : ''}: DIAN would reject the ${label}`;
  }
  if (isExhausted(range)) return `has no numbers left (it ends at ${range.to})`;
  return undefined;
}

function withArticle(label: string): string {
  return `${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label}`;
}

function describe(range: NumberingRange): string {
  return `${range.id} (${range.prefix})`;
}
