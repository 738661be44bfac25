import { DomainError } from '../../common/errors/domain-error';

/** No document issued or received by the account carries this CUFE / CUDE / CUDS / CUNE. */
export class TrackIdNotFoundError extends DomainError {
  readonly code = 'DOCUMENT_NOT_FOUND';
  readonly kind = 'not_found';
  readonly title = 'Document not found';

  constructor(trackId: string) {
    super(
      `Factus holds no document issued or received by this account with the track id ${trackId}.`,
    );
  }
}
