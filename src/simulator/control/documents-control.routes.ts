import type { FastifyInstance } from 'fastify';
import type { BillingState } from '../billing-state';
import { DIAN_OUTCOMES, DianOutcome } from '../bills/dian-outcomes';
import { amount } from '../bills/money';

/**
 * Control API for documents (not part of Factus): queue DIAN's next answers and see the stored
 * documents, so tests can script pending, rejected and rule-90 outcomes and count documents per
 * reference.
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

  app.get<{ Querystring: { reference_code?: string } }>('/__simulator/documents', (request) => {
    const reference = request.query.reference_code;
    return {
      data: billing.bills
        .all()
        .filter((bill) => reference === undefined || bill.referenceCode === reference)
        .map((bill) => ({
          type: 'bill',
          id: bill.id,
          reference_code: bill.referenceCode,
          number: bill.number,
          status: bill.status,
          cufe: bill.cufe,
          total: amount(bill.totals.total),
          errors: bill.errors,
          created_at: new Date(bill.createdAt).toISOString(),
        })),
    };
  });
}
