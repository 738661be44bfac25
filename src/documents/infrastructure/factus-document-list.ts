import type { FactusPagination } from '../../factus/wire';
import type { DocumentListFilter, DocumentSummary, Page } from '../domain/issued-document';
import type { FactusDocumentRowWire } from './factus-document.answer';
import { fromFactusDocumentRow } from './factus-document-response.mapper';

/** Our list filter → the query of `GET /v2/bills` (the note lists take the same). */
export function factusListQuery(
  filter: DocumentListFilter,
): Record<string, string | number | undefined> {
  return {
    'filter[number]': filter.number,
    'filter[prefix]': filter.prefix,
    'filter[reference_code]': filter.referenceCode,
    'filter[identification]': filter.identification,
    'filter[names]': filter.names,
    // Factus knows validated (1) and not validated (0); rejected vs pending is told apart below.
    'filter[status]':
      filter.status === undefined ? undefined : filter.status === 'validated' ? 1 : 0,
    'filter[created_at][start_date]': filter.createdFrom,
    'filter[created_at][end_date]': filter.createdTo,
    'filter[per_page]': filter.perPage,
    page: filter.page,
  };
}

/** A parsed Factus list page → ours; pagination Factus leaves out is filled from what we know. */
export function toPage(
  data: { data: FactusDocumentRowWire[]; pagination?: FactusPagination },
  filter: DocumentListFilter,
): Page<DocumentSummary> {
  let rows = data.data.map(fromFactusDocumentRow);
  if (filter.status === 'pending' || filter.status === 'rejected')
    rows = rows.filter((r) => r.status === filter.status);
  const pagination = data.pagination;
  const total = pagination?.total ?? rows.length;
  const perPage = pagination?.per_page ?? filter.perPage;
  return {
    data: rows,
    page: pagination?.current_page ?? filter.page,
    perPage,
    total,
    lastPage: pagination?.last_page ?? Math.max(1, Math.ceil(total / Math.max(1, perPage))),
  };
}
