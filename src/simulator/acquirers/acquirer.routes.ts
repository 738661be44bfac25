import type { FastifyInstance } from 'fastify';
import type { SimulatorState } from '../core/simulator-state';
import { FieldErrors, msg, validationFailed } from '../core/laravel-validation';
import { queryValue } from '../core/query-params';
import { simRoute } from '../core/sim-route';
import { ACQUIRER_DOCUMENT_CODES, findTestAcquirer } from './dian-acquirers';

/**
 * `GET /v2/dian/acquirer?identification_document_code=&identification_number=` (factus-api.md
 * §2.9): DIAN's acquirer service answers its published test identities; any other is not found.
 */
export function registerAcquirerRoutes(app: FastifyInstance, state: SimulatorState): void {
  simRoute(app, state, 'GET', '/v2/dian/acquirer', { auth: 'bearer' }, ({ query }) => {
    const code = queryValue(query, 'identification_document_code')?.trim() ?? '';
    const number = queryValue(query, 'identification_number')?.trim() ?? '';
    const errors: FieldErrors = {};
    if (code === '')
      errors.identification_document_code = [msg.required('identification_document_code')];
    else if (!ACQUIRER_DOCUMENT_CODES.has(code)) {
      errors.identification_document_code = [msg.invalid('identification_document_code')];
    }
    if (number === '') errors.identification_number = [msg.required('identification_number')];
    if (Object.keys(errors).length > 0) return validationFailed(errors);

    const acquirer = findTestAcquirer(code, number);
    if (!acquirer) {
      return {
        status: 404,
        body: {
          status: 'Not Found',
          message: 'No se encontró información del adquiriente en la DIAN',
        },
      };
    }
    return { status: 200, body: { status: 'OK', message: 'Solicitud exitosa', data: acquirer } };
  });
}
