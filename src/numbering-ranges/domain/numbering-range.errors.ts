import { DomainError, FieldError } from '../../common/errors/domain-error';

export class NumberingRangeNotFoundError extends DomainError {
  readonly code = 'NUMBERING_RANGE_NOT_FOUND';
  readonly kind = 'not_found';
  readonly title = 'Numbering range not found';

  constructor(id: number) {
    super(`Factus has no numbering range ${id} for this account.`);
  }
}

/**
 * Factus refused a range change (its 422): a prefix already registered, a resolution number it
 * requires, a consecutive out of bounds. `errors` names our fields (`resolutionNumber`).
 */
export class NumberingRangeRefusedError extends DomainError {
  readonly code = 'FACTUS_VALIDATION_FAILED';
  readonly kind = 'unprocessable';
  readonly title = 'Factus rejected the data';

  constructor(factusMessage: string, errors: FieldError[]) {
    super(`Factus refused the numbering range: ${factusMessage}`, { errors });
  }
}

/** Factus will not do it in the range's present state (its 409), e.g. delete a range in use. */
export class NumberingRangeConflictError extends DomainError {
  readonly code = 'NUMBERING_RANGE_CONFLICT';
  readonly kind = 'conflict';
  readonly title = 'Factus will not change the numbering range now';

  constructor(id: number, factusMessage: string) {
    super(`Factus refused to change numbering range ${id}: ${factusMessage}`);
  }
}
