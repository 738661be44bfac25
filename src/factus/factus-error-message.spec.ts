import { factusErrorMessage } from './factus-error-message';

describe('factusErrorMessage', () => {
  it.each([
    [{ message: 'Unauthenticated.' }, 'Unauthenticated.'],
    [
      { error: 'invalid_grant', error_description: 'The user credentials were incorrect.' },
      'The user credentials were incorrect.',
    ],
    [{ error: 'invalid_client' }, 'invalid_client'],
    [
      { status: 'Validation error', data: { message: 'Error de validación', errors: {} } },
      'Error de validación',
    ],
    [
      {
        status: 'Conflict',
        errors: [{ code: 409, message: 'Se encontró una factura pendiente por enviar a la DIAN' }],
      },
      'Se encontró una factura pendiente por enviar a la DIAN',
    ],
    [
      { errors: ['Regla: 90, Rechazo: Documento procesado anteriormente.'] },
      'Regla: 90, Rechazo: Documento procesado anteriormente.',
    ],
    ['<html>Bad gateway</html>', 'Factus answered HTTP 502'],
    [null, 'Factus answered HTTP 500'],
    [{ message: '   ' }, 'Factus answered HTTP 400'],
  ])('reads %j', (body, expected) => {
    const status = Number(/HTTP (\d+)/.exec(expected)?.[1] ?? 400);
    expect(factusErrorMessage(body, status)).toBe(expected);
  });
});
