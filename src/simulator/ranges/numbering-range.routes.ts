import type { FastifyInstance } from 'fastify';
import type { BillingState } from '../billing-state';
import { factusDate } from '../bills/factus-dates';
import { DEFAULT_PER_PAGE, paginate } from '../core/laravel-paginator';
import { positiveInt, queryValue } from '../core/query-params';
import { simRoute } from '../core/sim-route';
import { DIAN_RESOLUTIONS, NumberingRange, NumberingRanges } from './numbering-ranges';

/**
 * `GET /v2/numbering-ranges`, `GET /v2/numbering-ranges/dian` and `GET /v2/numbering-ranges/:id`
 * (rangos-de-numeracion/facturacion/{obtener-rangos,rangos-asociados-al-software,ver-rango}.md).
 * The list names the document and writes dates `YYYY-MM-DD`; the show returns the document code
 * plus `document_name` and dates `DD-MM-YYYY`; both write `is_expired` and `is_active` as 1/0.
 */
export function registerNumberingRangeRoutes(app: FastifyInstance, billing: BillingState): void {
  const { ranges, state } = billing;

  simRoute(app, state, 'GET', '/v2/numbering-ranges', { auth: 'bearer' }, ({ query, request }) => {
    const filter = (key: string) => queryValue(query, 'filter', key)?.trim() || undefined;
    const id = filter('id');
    const document = filter('document');
    const resolution = filter('resolution_number');
    const technicalKey = filter('technical_key');
    const isActive = filter('is_active');
    const rows = ranges
      .all()
      .filter(
        (r) =>
          (!id || String(r.id) === id) &&
          (!document || r.document === document) &&
          (!resolution || r.resolutionNumber === resolution) &&
          (!technicalKey || r.technicalKey === technicalKey) &&
          (isActive === undefined || (isActive === '1') === r.isActive),
      )
      .map((r) => ({
        ...common(r, ranges),
        document: ranges.documentName(r),
        start_date: r.startDate,
        end_date: r.endDate,
        deleted_at: null,
      }));
    const perPage = positiveInt(queryValue(query, 'filter', 'per_page'), DEFAULT_PER_PAGE);
    const page = positiveInt(queryValue(query, 'page'), 1);
    const base = `${request.protocol}://${request.headers.host ?? request.hostname}`;
    const data = paginate(rows, page, perPage, (n) => `${base}/v2/numbering-ranges?page=${n}`);
    return { status: 200, body: { status: 'OK', message: 'Solicitud exitosa', data } };
  });

  // A static route: Fastify tries it before `/:id`, so `dian` is never read as a range id.
  simRoute(app, state, 'GET', '/v2/numbering-ranges/dian', { auth: 'bearer' }, () => ({
    status: 200,
    body: {
      status: 'OK',
      message: 'Solicitud exitosa',
      // Assumption: the page lists the fields but shows no body; an unpaginated array in the
      // usual envelope, dates `YYYY-MM-DD` as in the list, is what is simulated.
      data: DIAN_RESOLUTIONS.map((dian) => ({
        prefix: dian.prefix,
        from: dian.from,
        to: dian.to,
        resolution_number: dian.resolutionNumber,
        start_date: dian.startDate,
        end_date: dian.endDate,
        technical_key: dian.technicalKey,
      })),
    },
  }));

  simRoute(app, state, 'GET', '/v2/numbering-ranges/:id', { auth: 'bearer' }, ({ params }) => {
    const range = /^\d+$/.test(params.id) ? ranges.byId(Number(params.id)) : undefined;
    if (!range) {
      return {
        status: 404,
        body: { status: 'Not Found', message: 'Rango de numeración no encontrado' },
      };
    }
    return {
      status: 200,
      body: { status: 'OK', message: 'Solicitud exitosa', data: rangeDetail(range, ranges) },
    };
  });
}

/** One range as show, create and toggle-status answer it: document code plus its name. */
export function rangeDetail(range: NumberingRange, ranges: NumberingRanges) {
  return {
    ...common(range, ranges),
    document: range.document,
    document_name: ranges.documentName(range),
    start_date: range.startDate && factusDate(range.startDate),
    end_date: range.endDate && factusDate(range.endDate),
  };
}

function common(range: NumberingRange, ranges: NumberingRanges) {
  return {
    id: range.id,
    prefix: range.prefix,
    from: range.from,
    to: range.to,
    current: range.current,
    resolution_number: range.resolutionNumber,
    technical_key: range.technicalKey,
    is_expired: ranges.isExpired(range) ? 1 : 0,
    is_active: range.isActive ? 1 : 0,
    created_at: range.createdAt,
    updated_at: range.updatedAt,
  };
}
