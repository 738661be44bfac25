import { FactusApiError, FactusUnavailableError } from '../../factus/factus.errors';
import {
  DocumentAlreadyProcessedError,
  DocumentRejectedError,
  PendingDocumentBlocksError,
  ProviderValidationError,
} from '../domain/document.errors';
import { withRouteHints } from '../../http/route-hints';
import { INVOICE } from '../domain/document-type';
import { mapDocumentCreationError } from './factus-document-error.mapper';
import { toOurFieldPath } from './factus-field-path';

const apiError = (status: number, body: unknown, message = 'Error de validación') =>
  new FactusApiError(status, body, message);

describe('mapDocumentCreationError', () => {
  it('turns a Laravel field map into FACTUS_VALIDATION_FAILED with our field paths', () => {
    const error = mapDocumentCreationError(
      apiError(422, {
        status: 'Validation error',
        message: 'Error de validación',
        data: {
          message: 'Error de validación',
          errors: {
            'items.0.unit_measure_code': ['El campo items.0.unit_measure_code es inválido.'],
            'payment_details.1.due_date': ['El campo es obligatorio.', 'Otro mensaje.'],
            numbering_range_id: ['El campo id rango de numeración es inválido.'],
          },
        },
      }),
      'REF-1',
      INVOICE,
    );
    expect(error).toBeInstanceOf(ProviderValidationError);
    expect((error as ProviderValidationError).errors).toEqual([
      {
        field: 'items[0].unitMeasureCode',
        message: 'El campo items.0.unit_measure_code es inválido.',
      },
      { field: 'paymentDetails[1].dueDate', message: 'El campo es obligatorio.' },
      { field: 'paymentDetails[1].dueDate', message: 'Otro mensaje.' },
      { field: 'numberingRangeId', message: 'El campo id rango de numeración es inválido.' },
    ]);
  });

  it('turns a rule map into INVOICE_REJECTED with each DIAN rule', () => {
    const error = mapDocumentCreationError(
      apiError(422, {
        data: { errors: { FAK24: 'Regla: FAK24, Rechazo: No está informado el DV del NIT' } },
      }),
      'REF-2',
      INVOICE,
    ) as DocumentRejectedError;
    expect(error).toBeInstanceOf(DocumentRejectedError);
    expect(error.dianMessages).toEqual([
      { rule: 'FAK24', kind: 'rejection', message: 'No está informado el DV del NIT' },
    ]);
    expect(error.message).toContain('Delete it with {0}');
    expect(error.hints).toEqual([
      { to: 'document.delete-by-reference', documentType: 'invoice', referenceCode: 'REF-2' },
    ]);
    expect(withRouteHints(error.message, error.hints)).toContain(
      'DELETE /api/v1/invoices/by-reference/REF-2',
    );
  });

  it('reads the production list-of-strings shape, and singles out rule 90', () => {
    const error = mapDocumentCreationError(
      apiError(422, {
        data: { errors: ['Regla: 90, Rechazo: Documento procesado anteriormente.'] },
      }),
      'REF-3',
      INVOICE,
    );
    expect(error).toBeInstanceOf(DocumentAlreadyProcessedError);
    expect((error as DocumentAlreadyProcessedError).message).toMatch(
      /Do not delete it and do not resend it/,
    );
  });

  it('reads field errors whose values are strings, not only lists', () => {
    const error = mapDocumentCreationError(
      apiError(422, {
        data: {
          errors: {
            'customer.email': 'El campo customer.email debe ser un correo válido.',
            'items.0.price': ['El campo items.0.price es obligatorio.'],
          },
        },
      }),
      'REF-4',
      INVOICE,
    );
    expect(error).toBeInstanceOf(ProviderValidationError);
    expect((error as ProviderValidationError).errors).toEqual([
      { field: 'customer.email', message: 'El campo customer.email debe ser un correo válido.' },
      { field: 'items[0].price', message: 'El campo items.0.price es obligatorio.' },
    ]);
  });

  it.each([
    ['with a colon', 'Regla: RUT01, Notificación: La DIAN validará el RUT'],
    ['without a colon', 'Regla: FAJ44b, Notificación'],
  ])('reads a notice written %s as a notice: a 422 of notices is not a rejection', (_how, text) => {
    const error = mapDocumentCreationError(
      apiError(422, { data: { errors: { X: text } } }),
      'REF-5',
      INVOICE,
    );
    expect(error).toBeInstanceOf(ProviderValidationError);
    expect(error).not.toBeInstanceOf(DocumentRejectedError);
  });

  it.each([
    ['no errors at all', { status: 'Validation error' }],
    ['an empty message and errors', { message: '', data: { message: '', errors: {} } }],
    ['errors that are not text', { data: { errors: { items: [1, 2], x: null } } }],
  ])('answers a 422 with %s as FACTUS_VALIDATION_FAILED, never as rejected', (_what, body) => {
    const error = mapDocumentCreationError(apiError(422, body, ''), 'REF-6', INVOICE);
    expect(error).toBeInstanceOf(ProviderValidationError);
    expect((error as ProviderValidationError).code).toBe('FACTUS_VALIDATION_FAILED');
  });

  it('never advises deleting for rule 90, even beside a real rejection', () => {
    const error = mapDocumentCreationError(
      apiError(422, {
        data: {
          errors: {
            '90': 'Regla: 90, Rechazo: Documento procesado anteriormente.',
            FAK24: 'Regla: FAK24, Rechazo: DV',
          },
        },
      }),
      'REF-7',
      INVOICE,
    );
    expect(error).toBeInstanceOf(DocumentAlreadyProcessedError);
    expect((error as Error).message).not.toMatch(/delete it with/i);
  });

  it('reads errors at the root for older shapes', () => {
    const error = mapDocumentCreationError(
      apiError(422, { errors: ['Regla: FAB07b, Rechazo: fuera de rango'] }),
      'R',
      INVOICE,
    );
    expect(error).toBeInstanceOf(DocumentRejectedError);
  });

  it('turns a 409 into PENDING_DOCUMENT_BLOCKS with Factus message and what to do', () => {
    const error = mapDocumentCreationError(
      apiError(
        409,
        { status: 'Conflict', message: 'Se encontró una factura pendiente por enviar a la DIAN' },
        'Se encontró una factura pendiente por enviar a la DIAN',
      ),
      'R',
      INVOICE,
    );
    expect(error).toBeInstanceOf(PendingDocumentBlocksError);
    expect((error as Error).message).toMatch(
      /^Se encontró una factura pendiente por enviar a la DIAN\. Find it with/,
    );
  });

  it('leaves other errors alone', () => {
    const unavailable = new FactusUnavailableError('down');
    expect(mapDocumentCreationError(unavailable, 'R', INVOICE)).toBe(unavailable);
    const forbidden = apiError(403, {}, 'no');
    expect(mapDocumentCreationError(forbidden, 'R', INVOICE)).toBe(forbidden);
  });

  it('passes a 402 (quota exhausted) through as FACTUS_PAYMENT_REQUIRED', () => {
    const unpaid = apiError(
      402,
      { status: 'Payment Required', message: 'Has alcanzado el límite de documentos' },
      'Has alcanzado el límite de documentos',
    );
    expect(mapDocumentCreationError(unpaid, 'R', INVOICE)).toBe(unpaid);
    expect(unpaid).toMatchObject({ code: 'FACTUS_PAYMENT_REQUIRED', kind: 'payment_required' });
  });
});

describe('toOurFieldPath', () => {
  it.each([
    ['customer.identification_document_code', 'customer.identificationDocumentCode'],
    ['items.12.taxes.0.rate', 'items[12].taxes[0].rate'],
    ['reference_code', 'referenceCode'],
    ['items', 'items'],
  ])('%s → %s', (factus, ours) => expect(toOurFieldPath(factus)).toBe(ours));
});
