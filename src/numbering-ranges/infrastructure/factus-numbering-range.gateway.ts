import { Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import { DianCatalog } from '../../catalogs/domain/dian-catalog';
import { foldForSearch } from '../../catalogs/domain/search-text';
import { FactusHttpClient } from '../../factus/factus-http.client';
import { FactusApiError, FactusBadResponseError } from '../../factus/factus.errors';
import { matchesFilter, NumberingRange, NumberingRangeFilter } from '../domain/numbering-range';
import type { NumberingRangeGateway } from '../domain/numbering-range-gateway.port';
import { NumberingRangeNotFoundError } from '../domain/numbering-range.errors';
import { fromFactusNumberingRange, RangeDocumentLookup } from './factus-numbering-range.mapper';
import type {
  FactusEnvelope,
  FactusNumberingRangeWire,
  FactusPage,
} from './factus-numbering-range.wire';

/** Rows asked per page; an account has a handful of ranges, so one page is the usual case. */
const PER_PAGE = 100;
/** A bound on the pages read, so that a misbehaving answer cannot loop forever. */
const MAX_PAGES = 50;

/** Factus v2 numbering ranges (`/v2/numbering-ranges`). */
@Injectable()
export class FactusNumberingRangeGateway implements NumberingRangeGateway {
  private readonly documents: RangeDocumentLookup;

  constructor(
    private readonly client: FactusHttpClient,
    catalog: DianCatalog,
  ) {
    const table = catalog.table('numbering-range-document-types');
    const byName = new Map(table.list().map((entry) => [foldForSearch(entry.name), entry]));
    this.documents = (codeOrName) => table.get(codeOrName) ?? byName.get(foldForSearch(codeOrName));
  }

  async list(filter: NumberingRangeFilter, session: ProviderSession): Promise<NumberingRange[]> {
    const ranges: NumberingRange[] = [];
    for (let page = 1; page <= MAX_PAGES; page += 1) {
      const { body } = await this.client.send<FactusEnvelope<FactusPage<FactusNumberingRangeWire>>>(
        {
          method: 'GET',
          path: '/v2/numbering-ranges',
          query: {
            'filter[document]': filter.document,
            'filter[is_active]': filter.active === undefined ? undefined : filter.active ? 1 : 0,
            'filter[per_page]': PER_PAGE,
            page,
          },
          session,
        },
      );
      const data = body?.data;
      // Lists are paginated (`data.data[]`); accept a bare `data[]` too.
      const rows = Array.isArray(data) ? (data as FactusNumberingRangeWire[]) : data?.data;
      if (!Array.isArray(rows)) {
        throw new FactusBadResponseError(
          'Factus answered the numbering-range list without a list.',
        );
      }
      ranges.push(...rows.map((row) => fromFactusNumberingRange(row, this.documents)));
      const lastPage = Number(Array.isArray(data) ? 1 : (data?.pagination?.last_page ?? 1));
      if (!Number.isFinite(lastPage) || page >= lastPage || rows.length === 0) break;
    }
    // `expired` is not a Factus filter, and the others are re-applied in case Factus ignored one.
    return ranges.filter((range) => matchesFilter(range, filter));
  }

  async get(id: number, session: ProviderSession): Promise<NumberingRange> {
    let body: FactusEnvelope<FactusNumberingRangeWire> | undefined;
    try {
      ({ body } = await this.client.send<FactusEnvelope<FactusNumberingRangeWire>>({
        method: 'GET',
        path: `/v2/numbering-ranges/${id}`,
        endpoint: '/v2/numbering-ranges/:id',
        session,
      }));
    } catch (error) {
      if (error instanceof FactusApiError && error.status === 404) {
        throw new NumberingRangeNotFoundError(id);
      }
      throw error;
    }
    if (!body?.data || typeof body.data !== 'object') {
      throw new FactusBadResponseError(
        'Factus answered GET /v2/numbering-ranges/:id without data.',
      );
    }
    return fromFactusNumberingRange(body.data, this.documents);
  }
}
