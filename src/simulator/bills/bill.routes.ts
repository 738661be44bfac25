import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { BillingState } from '../billing-state';
import { companyById, companyOfUser } from '../company/simulator-company';
import { isEmail, msg, validationFailed } from '../core/laravel-validation';
import { SimContext, simRoute, SimResponse } from '../core/sim-route';
import { bogotaIsoDate } from './factus-dates';
import { billFileName, billPdf, billXml } from './bill-files';
import { issueBill } from './bill-issuer';
import { listBills } from './bill-list';
import type { StoredBill } from './bill-store';
import { billView, publicHash, ViewContext } from './bill-view';

/**
 * Factus v2 invoices (`/v2/bills…`, factus-api.md §2.1-2.2): create and validate, list, show,
 * PDF and XML downloads, delete by reference and send by e-mail. Each route goes through simRoute,
 * so faults, the bearer guard, the per-user throttle and the request log apply. Documents belong
 * to the authenticated user's company.
 */
export function registerBillRoutes(app: FastifyInstance, billing: BillingState): void {
  const { state } = billing;
  const route = (
    method: 'GET' | 'POST' | 'DELETE',
    url: string,
    handler: (ctx: SimContext, view: ViewContext) => SimResponse,
  ) =>
    simRoute(app, state, method, url, { auth: 'bearer' }, (ctx) =>
      handler(ctx, {
        company: companyOfUser(ctx.userId ?? ''),
        publicBaseUrl: baseUrl(ctx.request),
      }),
    );

  route('POST', '/v2/bills/validate', (ctx, view) => issueBill(ctx.body, { ...view, billing }));

  route('GET', '/v2/bills', (ctx, view) => {
    const bills = billing.bills.ofCompany(view.company.id);
    const data = listBills(bills, ctx.query, (page) => pageUrl(ctx.request, page));
    return ok({ status: 'OK', message: 'Solicitud exitosa', data });
  });

  route('GET', '/v2/bills/:number', (ctx, view) =>
    withBill(ctx, view, (bill) =>
      ok({ status: 'OK', message: 'Solicitud exitosa', data: billView(bill, view) }),
    ),
  );

  route('GET', '/v2/bills/:number/download-pdf', (ctx, view) =>
    withValidatedBill(ctx, view, (bill) =>
      ok({
        status: 'OK',
        message: 'Solicitud exitosa',
        data: {
          file_name: billFileName(bill, view.company),
          pdf_base_64_encoded: billPdf(bill, view.company).toString('base64'),
        },
      }),
    ),
  );

  route('GET', '/v2/bills/:number/download-xml', (ctx, view) =>
    withValidatedBill(ctx, view, (bill) =>
      ok({
        status: 'OK',
        message: 'Solicitud exitosa',
        data: {
          file_name: billFileName(bill, view.company),
          xml_base_64_encoded: billXml(bill, view.company).toString('base64'),
        },
      }),
    ),
  );

  route('DELETE', '/v2/bills/destroy/reference/:reference_code', (ctx, view) => {
    const referenceCode = ctx.params.reference_code;
    const log = { referenceCode };
    const bill = billing.bills.byReference(view.company.id, referenceCode);
    if (!bill) return { ...NOT_FOUND, log };
    if (bill.status === 'validated') {
      return {
        status: 409,
        body: {
          status: 'Conflict',
          message: 'No se puede eliminar un documento validado por la DIAN',
        },
        log,
      };
    }
    billing.bills.remove(bill);
    return {
      ...ok({
        status: 'OK',
        message: `Documento con código de referencia ${referenceCode} eliminado con éxito`,
      }),
      log,
    };
  });

  route('POST', '/v2/bills/:number/send-email', (ctx, view) => {
    const body = (ctx.body && typeof ctx.body === 'object' ? ctx.body : {}) as Record<
      string,
      unknown
    >;
    const email = typeof body.email === 'string' ? body.email.trim() : body.email;
    if (email === undefined || email === null || email === '') {
      return validationFailed({ email: [msg.required('email')] });
    }
    if (typeof email !== 'string' || !isEmail(email)) {
      return validationFailed({ email: [msg.email('email')] });
    }
    if (body.pdf_base_64_encoded !== undefined && typeof body.pdf_base_64_encoded !== 'string') {
      return validationFailed({ pdf_base_64_encoded: [msg.string('pdf_base_64_encoded')] });
    }
    return withValidatedBill(ctx, view, (bill) => {
      // Factus caps how often one document may be e-mailed a day (the limit is a setting here).
      const today = bogotaIsoDate(state.clock());
      if (bill.emails.day !== today) bill.emails = { day: today, count: 0 };
      if (bill.emails.count >= state.settings.emailDailyLimit) {
        return conflict('Se alcanzó el límite diario de envíos de correo para este documento');
      }
      bill.emails.count += 1;
      return ok({ status: 'OK', message: 'Factura enviada al cliente con éxito' });
    });
  });

  // The graphic representation behind `links.public_url` (Factus's public page; not an API route).
  app.get<{ Params: { hash: string } }>('/documents/bills/:hash', (request, reply) => {
    const bill = billing.bills.all().find((b) => publicHash(b) === request.params.hash);
    const company = bill && companyById(bill.companyId);
    if (!bill || !company) {
      return reply.code(404).send({ status: 'Not Found', message: 'Factura no encontrada' });
    }
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `inline; filename="${billFileName(bill, company)}.pdf"`)
      .send(billPdf(bill, company));
  });

  function withBill(
    ctx: SimContext,
    view: ViewContext,
    handler: (bill: StoredBill) => SimResponse,
  ): SimResponse {
    const bill = billing.bills.byNumber(view.company.id, ctx.params.number);
    return bill ? handler(bill) : NOT_FOUND;
  }

  /** Files and e-mails exist only for documents DIAN has validated. */
  function withValidatedBill(
    ctx: SimContext,
    view: ViewContext,
    handler: (bill: StoredBill) => SimResponse,
  ): SimResponse {
    return withBill(ctx, view, (bill) =>
      bill.status === 'validated'
        ? handler(bill)
        : conflict('El documento no ha sido validado por la DIAN'),
    );
  }
}

const NOT_FOUND: SimResponse = {
  status: 404,
  body: { status: 'Not Found', message: 'Factura no encontrada' },
};

function ok(body: unknown): SimResponse {
  return { status: 200, body };
}

function conflict(message: string): SimResponse {
  return { status: 409, body: { status: 'Conflict', message } };
}

/** The simulator's own base URL as the client reached it (for public_url and page links). */
function baseUrl(request: FastifyRequest): string {
  return `${request.protocol}://${request.headers.host ?? request.hostname}`;
}

/** The same list URL with another page, keeping the client's filters (Laravel's withQueryString). */
function pageUrl(request: FastifyRequest, page: number): string {
  const url = new URL(request.url, baseUrl(request));
  url.searchParams.set('page', String(page));
  return url.toString();
}
