import { paginate, DEFAULT_PER_PAGE, Paginated } from '../core/laravel-paginator';
import { positiveInt, queryValue } from '../core/query-params';
import type { StoredBill } from './bill-store';
import { billListRow } from './bill-view';
import { bogotaIsoDate, isIsoDate } from './factus-dates';

/**
 * `GET /v2/bills` filters (v2 facturas/listar-y-filtrar): identification, names, number and prefix
 * match partially and case-insensitively (Spatie QueryBuilder's default `LIKE %…%`), reference_code
 * exactly (it is the key clients reconcile by), status 1 = validated / 0 = not validated, and
 * created_at between two Bogotá dates, both inclusive. Newest first, 10 a page by default.
 */
export function listBills(
  bills: readonly StoredBill[],
  query: unknown,
  urlForPage: (page: number) => string,
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

  const matches = bills.filter((bill) => {
    const customer = bill.request.customer;
    const created = bogotaIsoDate(bill.createdAt);
    const customerNames = [customer.names, customer.company, customer.tradeName]
      .filter((n): n is string => n !== null)
      .map((n) => n.toLowerCase());
    return (
      (!identification || customer.identification.includes(identification)) &&
      (!names || customerNames.some((n) => n.includes(names))) &&
      (!number || bill.number.toLowerCase().includes(number)) &&
      (!prefix || bill.range.prefix.toLowerCase().includes(prefix)) &&
      (!referenceCode || bill.referenceCode === referenceCode) &&
      (status === undefined || (status === '1') === (bill.status === 'validated')) &&
      (!start || !isIsoDate(start) || created >= start) &&
      (!end || !isIsoDate(end) || created <= end)
    );
  });

  const perPage = positiveInt(queryValue(query, 'filter', 'per_page'), DEFAULT_PER_PAGE);
  const page = positiveInt(queryValue(query, 'page'), 1);
  return paginate(matches.map(billListRow), page, perPage, urlForPage);
}
