import { DomainError } from '../../common/errors/domain-error';

export class WebhookEndpointNotFoundError extends DomainError {
  readonly code = 'WEBHOOK_ENDPOINT_NOT_FOUND';
  readonly kind = 'not_found';
  readonly title = 'No such webhook endpoint';

  constructor(id: string) {
    super(`This account has no webhook endpoint ${id}.`);
  }
}

export class EventNotFoundError extends DomainError {
  readonly code = 'EVENT_NOT_FOUND';
  readonly kind = 'not_found';
  readonly title = 'No such event';

  constructor(id: string) {
    super(`This account has no event ${id}.`);
  }
}

/** A URL webhooks may not be sent to (SSRF: private, link-local, metadata; http in production). */
export class WebhookTargetRefusedError extends DomainError {
  readonly code = 'WEBHOOK_URL_REFUSED';
  readonly kind = 'invalid_input';
  readonly title = 'Webhooks cannot be sent to this URL';

  constructor(reason: string) {
    super(`Webhooks cannot be sent to this URL: ${reason}.`, {
      errors: [{ field: 'url', message: reason }],
    });
  }
}
