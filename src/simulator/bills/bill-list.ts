import { paginate, DEFAULT_PER_PAGE, Paginated } from '../core/laravel-paginator';
import { positiveInt, queryValue } from '../core/query-params';
import type { StoredDocument } from './bill-store';
import { documentListRow } from './bill-list-view';
import { bogotaIsoDate, isIsoDate } from './factus-dates';

/**
 * `GET /v2/bills`, `/v2/credit-notes` and `/v2/debit-notes` filters (v2 facturas/listar-y-filtrar,
 * notas-credito/ver-filtrar): identification, names, number and prefix match partially and
 * case-insensitively (Spatie QueryBuilder's default `LIKE %…%`), reference_code exactly (it is the
 * key clients reconcile by), status 1 = validated / 0 = not validated, and created_at between two
 * Bogotá dates, both inclusive. Newest first, 10 a page by default.
 */
export function listDocuments(
  documents: readonly StoredDocument[],
  query: unknown,
  urlForPage: (page: number) => string,
  row: (document: StoredDocument) => Record<string, unknown> = (d) => documentListRow(d),
): Paginated<Record<string, unknown>> {
  const filter = (key: string) => queryValue(query, 'filter', key)?.trim() || undefined;
  const identification = filter('identification');
  const names = filter('names')?.toLowerCase();
  const number = filter('number')?.toLowerCase();
  const prefix = filter('prefix')?.toLowerCase();
  const referenceCode = filter('reference_code');
  const status = filter('status');
  const start = queryValue(query, 'filter', 'created_at', 'start_date')?.trim();
  const end = queryValue(query, 'filter', 'created_at', 'end_date')?.trim();

  const matches = documents.filter((document) => {
    const customer = document.request.customer;
    const created = bogotaIsoDate(document.createdAt);
    const customerNames = [customer.names, customer.company, customer.tradeName]
      .filter((n): n is string => n !== null)
      .map((n) => n.toLowerCase());
    return (
      (!identification || customer.identification.includes(identification)) &&
      (!names || customerNames.some((n) => n.includes(names))) &&
      (!number || document.number.toLowerCase().includes(number)) &&
      (!prefix || document.range.prefix.toLowerCase().includes(prefix)) &&
      (!referenceCode || document.referenceCode === referenceCode) &&
      (status === undefined || (status === '1') === (document.status === 'validated')) &&
      (!start || !isIsoDate(start) || created >= start) &&
      (!end || !isIsoDate(end) || created <= end)
    );
  });

  const perPage = positiveInt(queryValue(query, 'filter', 'per_page'), DEFAULT_PER_PAGE);
  const page = positiveInt(queryValue(query, 'page'), 1);
  return paginate(matches.map(row), page, perPage, urlForPage);
}
