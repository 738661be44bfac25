import { DomainError } from '../../common/errors/domain-error';

export class NumberingRangeNotFoundError extends DomainError {
  readonly code = 'NUMBERING_RANGE_NOT_FOUND';
  readonly kind = 'not_found';
  readonly title = 'Numbering range not found';

  constructor(id: number) {
    super(`Factus has no numbering range ${id} for this account.`);
  }
}
