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

type FactusListPage = { data: FactusDocumentRowWire[]; pagination?: FactusPagination };

/** A parsed Factus list page → ours; pagination Factus leaves out is filled from what we know. */
export function toPage(data: FactusListPage, filter: DocumentListFilter): Page<DocumentSummary> {
  const rows = data.data.map(fromFactusDocumentRow);
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

/** Rows asked per Factus page while scanning the not-validated documents. */
export const SCAN_PAGE_SIZE = 100;
/**
 * Most Factus pages read for one pending/rejected listing (5 000 not-validated documents). Factus
 * refuses new documents while one is unfinished, so an account holds a handful; past the cap the
 * answer covers the first pages only.
 */
export const MAX_SCAN_PAGES = 50;

/**
 * `status=pending|rejected`: Factus only knows "not validated" (0). Reads its not-validated
 * documents page after page, keeps those `keep` selects and answers the requested page of them
 * with a total and last page that are true, never Factus's unfiltered ones.
 */
export async function scanUnfinished(
  fetchPage: (page: number) => Promise<FactusListPage>,
  keep: (row: DocumentSummary) => boolean,
  filter: DocumentListFilter,
): Promise<Page<DocumentSummary>> {
  const kept: DocumentSummary[] = [];
  for (let page = 1; page <= MAX_SCAN_PAGES; page += 1) {
    const data = await fetchPage(page);
    kept.push(...data.data.map(fromFactusDocumentRow).filter(keep));
    const lastPage = data.pagination?.last_page ?? page;
    if (data.data.length === 0 || page >= lastPage) break;
  }
  const start = (filter.page - 1) * filter.perPage;
  return {
    data: kept.slice(start, start + filter.perPage),
    page: filter.page,
    perPage: filter.perPage,
    total: kept.length,
    lastPage: Math.max(1, Math.ceil(kept.length / filter.perPage)),
  };
}
