import { factusBill, invoiceLines, uniqueReference } from '../invoice-bodies';
import type { BenchContext } from './context';
import { compare, ComparedScenario, Upstream } from './compare';

/** Creates one invoice straight in the simulator and returns its number. */
export async function createInvoiceDirect(simulatorUrl: string, token: string): Promise<string> {
  const response = await fetch(`${simulatorUrl}/v2/bills/validate`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      accept: 'application/json',
    },
    body: JSON.stringify(factusBill(uniqueReference('BENCH-SHOW'), invoiceLines(20))),
  });
  const body = (await response.json()) as { data?: { number?: string } };
  const number = body.data?.number;
  if (response.status !== 201 || !number) {
    throw new Error(
      `Could not create the invoice to show: ${response.status} ${JSON.stringify(body).slice(0, 500)}`,
    );
  }
  return number;
}

/**
 * `GET /api/v1/invoices/:number` (service, baseline) and `GET /v2/bills/:number` (direct) of a
 * 20-line invoice, over `upstream`.
 */
export function showInvoice(ctx: BenchContext, upstream: Upstream): Promise<ComparedScenario> {
  return compare(
    ctx,
    {
      name: 'show',
      expectedStatus: 200,
      job: async (target, url, token) => {
        const number = encodeURIComponent(await upstream.invoiceToShow(token));
        const path = target === 'direct' ? `/v2/bills/${number}` : `/api/v1/invoices/${number}`;
        return { url, method: 'GET', path, connections: ctx.settings.connections };
      },
    },
    upstream,
  );
}
