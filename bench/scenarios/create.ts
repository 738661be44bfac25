import type { BenchContext } from './context';
import { compare, ComparedScenario, Upstream } from './compare';

export const CREATE_LINES = 20;

/**
 * `POST /api/v1/invoices` with 20 lines and a unique referenceCode per request (service: our
 * camelCase, validated locally; baseline: the Factus body, forwarded) and `POST /v2/bills/validate`
 * (direct), over `upstream`.
 */
export function createInvoice(ctx: BenchContext, upstream: Upstream): Promise<ComparedScenario> {
  return compare(
    ctx,
    {
      name: 'create',
      expectedStatus: 201,
      job: (target, url) =>
        Promise.resolve({
          url,
          method: 'POST',
          path: target === 'direct' ? '/v2/bills/validate' : '/api/v1/invoices',
          connections: ctx.settings.connections,
          body: {
            format: target === 'service' ? 'service-invoice' : 'factus-bill',
            lines: CREATE_LINES,
          },
        }),
    },
    upstream,
  );
}
