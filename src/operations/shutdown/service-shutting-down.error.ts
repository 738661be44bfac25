import { DomainError } from '../../common/errors/domain-error';

/** A new request arrived after SIGTERM: another replica should take it. */
export class ServiceShuttingDownError extends DomainError {
  readonly code = 'SHUTTING_DOWN';
  readonly kind = 'upstream_unavailable';
  readonly title = 'The service is shutting down';

  constructor() {
    super(
      'This instance is shutting down and takes no new requests. Retry: another one will answer.',
      {
        retryAfterSeconds: 1,
      },
    );
  }
}
