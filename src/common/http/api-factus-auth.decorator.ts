import { applyDecorators } from '@nestjs/common';
import { ApiSecurity } from '@nestjs/swagger';

/**
 * Documents how a Factus-backed operation is authorized: the API key (when the service has keys)
 * together with a Factus bearer token, or the API key alone when the service has a managed session.
 */
export function ApiFactusAuth(): ClassDecorator & MethodDecorator {
  return applyDecorators(ApiSecurity({ apiKey: [], factus: [] }), ApiSecurity('apiKey'));
}
