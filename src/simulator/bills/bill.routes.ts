import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { BillingState } from '../billing-state';
import { companyById, companyOfUser } from '../company/simulator-company';
import { isEmail, msg, validationFailed } from '../core/laravel-validation';
import { SimContext, simRoute, SimResponse } from '../core/sim-route';
import { bogotaIsoDate } from './factus-dates';
import { attachedDocumentFileName, attachedDocumentXml, emailContent } from './attached-document';
import { documentFileName, documentPdf, documentXml } from './bill-files';
import { issueDocument } from './bill-issuer';
import { listDocuments } from './bill-list';
import type { StoredDocument } from './bill-store';
import { documentListRow } from './bill-list-view';
import { documentView, publicHash, ViewContext } from './bill-view';
import type { DocumentKind } from './document-kind';
import { relatedNotes } from './related-notes';

/**
 * Factus v2 invoices (`/v2/bills…`, factus-api.md §2.1-2.2) and their credit and debit notes
 * (`/v2/credit-notes…`, `/v2/debit-notes…`, §2.3-2.4), one set of routes per document kind:
 * create and validate, list, show, PDF and XML downloads, delete by reference and send by e-mail.
 * Each route goes through simRoute, so faults, the bearer guard, the per-user throttle and the
 * request log apply. Documents belong to the authenticated user's company.
 */
export function registerDocumentRoutes(
  app: FastifyInstance,
  billing: BillingState,
  kind: DocumentKind,
): void {
  const { state } = billing;
  const store = billing.documents(kind);
  const base = `/v2/${kind.path}`;
  const notFound: SimResponse = {
    status: 404,
    body: {
      status: 'Not Found',
      message: `${kind.noun} no ${kind.masculine ? 'encontrado' : 'encontrada'}`,
    },
  };
  const route = (
    method: 'GET' | 'POST' | 'DELETE',
    url: string,
    handler: (ctx: SimContext, view: ViewContext) => SimResponse,
  ) =>
    simRoute(app, state, method, url, { auth: 'bearer' }, (ctx) =>
      handler(ctx, {
        company: companyOfUser(ctx.userId ?? ''),
        publicBaseUrl: baseUrl(ctx.request),
        relatedNotes: (bill) => relatedNotes(billing, bill),
      }),
    );

  route('POST', `${base}/validate`, (ctx, view) =>
    issueDocument(kind, ctx.body, { ...view, billing }),
  );

  route('GET', base, (ctx, view) => {
    const documents = store.ofCompany(view.company.id);
    const data = listDocuments(
      documents,
      ctx.query,
      (page) => pageUrl(ctx.request, page),
      documentListRow,
    );
    return ok({ status: 'OK', message: 'Solicitud exitosa', data });
  });

  route('GET', `${base}/:number`, (ctx, view) =>
    withDocument(ctx, view, (document) =>
      ok({ status: 'OK', message: 'Solicitud exitosa', data: documentView(document, view) }),
    ),
  );

  route('GET', `${base}/:number/download-pdf`, (ctx, view) =>
    withValidatedDocument(ctx, view, (document) =>
      ok({
        status: 'OK',
        message: 'Solicitud exitosa',
        data: {
          file_name: documentFileName(document, view.company),
          pdf_base_64_encoded: documentPdf(document, view.company).toString('base64'),
        },
      }),
    ),
  );

  route('GET', `${base}/:number/download-xml`, (ctx, view) =>
    withValidatedDocument(ctx, view, (document) =>
      ok({
        status: 'OK',
        message: 'Solicitud exitosa',
        data: {
          file_name: documentFileName(document, view.company),
          xml_base_64_encoded: documentXml(document, view.company).toString('base64'),
        },
      }),
    ),
  );

  route('DELETE', `${base}/${kind.deletePath}/:reference_code`, (ctx, view) => {
    const referenceCode = ctx.params.reference_code;
    const log = { referenceCode };
    const document = store.byReference(view.company.id, referenceCode);
    if (!document) return { ...notFound, log };
    if (document.status === 'validated') {
      return {
        status: 409,
        body: {
          status: 'Conflict',
          message: 'No se puede eliminar un documento validado por la DIAN',
        },
        log,
      };
    }
    store.remove(document);
    return {
      ...ok({
        status: 'OK',
        message: `Documento con código de referencia ${referenceCode} eliminado con éxito`,
      }),
      log,
    };
  });

  // Support documents and adjustment notes have no e-mail delivery in v2 (their pages document
  // create, list, show, PDF, XML and delete only): Factus answers those paths 404.
  if (!kind.support) registerDeliveryRoutes();

  // The graphic representation behind `links.public_url` (Factus's public page; not an API route).
  app.get<{ Params: { hash: string } }>(`/documents/${kind.path}/:hash`, (request, reply) => {
    const document = store.all().find((d) => publicHash(d) === request.params.hash);
    const company = document && companyById(document.companyId);
    if (!document || !company) return reply.code(404).send(notFound.body);
    return reply
      .header('content-type', 'application/pdf')
      .header(
        'content-disposition',
        `inline; filename="${documentFileName(document, company)}.pdf"`,
      )
      .send(documentPdf(document, company));
  });

  function registerDeliveryRoutes(): void {
    route('GET', `${base}/:number/download-attached-document-xml`, (ctx, view) =>
      withValidatedDocument(ctx, view, (document) =>
        ok({
          status: 'OK',
          message: 'Solicitud exitosa',
          data: {
            file_name: attachedDocumentFileName(document, view.company),
            xml_base_64_encoded: attachedDocumentXml(document, view.company).toString('base64'),
          },
        }),
      ),
    );

    route('GET', `${base}/:number/email-content`, (ctx, view) =>
      withValidatedDocument(ctx, view, (document) =>
        ok({
          status: 'OK',
          message: 'Solicitud exitosa',
          data: emailContent(document, view.company),
        }),
      ),
    );

    route('POST', `${base}/:number/send-email`, (ctx, view) => {
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
      return withValidatedDocument(ctx, view, (document) => {
        // Assumption: the v2 send-email pages document no limit. Integrators report Factus refusing
        // repeated e-mails of one document, so the simulator caps them per day (409, a setting:
        // emailDailyLimit) to exercise the service's EMAIL_LIMIT_REACHED mapping.
        const today = bogotaIsoDate(state.clock());
        if (document.emails.day !== today) document.emails = { day: today, count: 0 };
        if (document.emails.count >= state.settings.emailDailyLimit) {
          return conflict('Se alcanzó el límite diario de envíos de correo para este documento');
        }
        document.emails.count += 1;
        return ok({ status: 'OK', message: `${kind.noun} enviada al cliente con éxito` });
      });
    });
  }

  function withDocument(
    ctx: SimContext,
    view: ViewContext,
    handler: (document: StoredDocument) => SimResponse,
  ): SimResponse {
    const document = store.byNumber(view.company.id, ctx.params.number);
    return document ? handler(document) : notFound;
  }

  /** Files and e-mails exist only for documents DIAN has validated. */
  function withValidatedDocument(
    ctx: SimContext,
    view: ViewContext,
    handler: (document: StoredDocument) => SimResponse,
  ): SimResponse {
    return withDocument(ctx, view, (document) =>
      document.status === 'validated'
        ? handler(document)
        : conflict('El documento no ha sido validado por la DIAN'),
    );
  }
}

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
