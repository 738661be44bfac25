import type { FastifyInstance } from 'fastify';
import type { BillingState } from '../billing-state';
import { DIAN_OUTCOMES, DianOutcome } from '../bills/dian-outcomes';
import { DOCUMENT_KINDS, documentKind } from '../bills/document-kind';
import { amount } from '../bills/money';

/**
 * Control API for documents (not part of Factus): queue DIAN's next answers (one queue for
 * invoices and notes alike) and see the stored documents of every kind (`type` bill, credit_note
 * or debit_note; `?kind=` filters, `?reference_code=` too), so tests can script pending, rejected
 * and rule-90 outcomes and count documents per reference.
 */
export function registerDocumentControlRoutes(app: FastifyInstance, billing: BillingState): void {
  app.post('/__simulator/dian/outcomes', (request, reply) => {
    const body = (request.body ?? {}) as Partial<Record<keyof DianOutcome | 'count', unknown>>;
    if (!DIAN_OUTCOMES.includes(body.outcome as DianOutcome['outcome'])) {
      return reply
        .code(400)
        .send({ message: `outcome must be one of ${DIAN_OUTCOMES.join(', ')}` });
    }
    const count = body.count ?? 1;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) {
      return reply.code(400).send({ message: 'count must be a positive integer' });
    }
    for (const key of ['rule', 'message'] as const) {
      if (body[key] !== undefined && typeof body[key] !== 'string') {
        return reply.code(400).send({ message: `${key} must be a string` });
      }
    }
    billing.dian.enqueue(
      {
        outcome: body.outcome as DianOutcome['outcome'],
        ...(typeof body.rule === 'string' ? { rule: body.rule } : {}),
        ...(typeof body.message === 'string' ? { message: body.message } : {}),
      },
      count,
    );
    return reply.code(201).send({ data: billing.dian.list() });
  });
  app.get('/__simulator/dian/outcomes', () => ({ data: billing.dian.list() }));
  app.delete('/__simulator/dian/outcomes', () => {
    billing.dian.clear();
    return { data: [] };
  });

  app.get<{ Querystring: { reference_code?: string; kind?: string; type?: string } }>(
    '/__simulator/documents',
    (request, reply) => {
      const reference = request.query.reference_code;
      const kindId = request.query.kind ?? request.query.type;
      const kind = kindId === undefined ? undefined : documentKind(kindId);
      if (kindId !== undefined && !kind) {
        const kinds = DOCUMENT_KINDS.map((k) => k.id).join(', ');
        return reply.code(400).send({ message: `kind must be one of ${kinds}` });
      }
      return {
        data: billing
          .allDocuments()
          .filter((document) => reference === undefined || document.referenceCode === reference)
          .filter((document) => kind === undefined || document.kind === kind)
          .map((document) => ({
            type: document.kind.id,
            id: document.id,
            reference_code: document.referenceCode,
            number: document.number,
            status: document.status,
            [document.kind.uniqueCode]: document.uniqueCode,
            ...(document.kind.note ? { bill_number: document.note?.bill?.number ?? null } : {}),
            total: amount(document.totals.total),
            errors: document.errors,
            created_at: new Date(document.createdAt).toISOString(),
          })),
      };
    },
  );
}
