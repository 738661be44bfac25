import { Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import { DianCatalog } from '../../catalogs/domain/dian-catalog';
import { foldForSearch } from '../../catalogs/domain/search-text';
import { FactusHttpClient } from '../../factus/factus-http.client';
import { FactusApiError } from '../../factus/factus.errors';
import { parseFactusAnswer } from '../../factus/wire';
import { matchesFilter, NumberingRange, NumberingRangeFilter } from '../domain/numbering-range';
import type { NumberingRangeGateway } from '../domain/numbering-range-gateway.port';
import { NumberingRangeNotFoundError } from '../domain/numbering-range.errors';
import { fromFactusNumberingRange, RangeDocumentLookup } from './factus-numbering-range.mapper';
import { numberingRangeAnswer, numberingRangeListAnswer } from './factus-numbering-range.wire';

/** Rows asked per page; an account has a handful of ranges, so one page is the usual case. */
const PER_PAGE = 100;
/** A bound on the pages read, so that a misbehaving answer cannot loop forever. */
const MAX_PAGES = 50;
const LIST_ENDPOINT = 'GET /v2/numbering-ranges';
const SHOW_ENDPOINT = 'GET /v2/numbering-ranges/:id';

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
      const { body } = await this.client.send({
        method: 'GET',
        path: '/v2/numbering-ranges',
        query: {
          'filter[document]': filter.document,
          'filter[is_active]': filter.active === undefined ? undefined : filter.active ? 1 : 0,
          'filter[per_page]': PER_PAGE,
          page,
        },
        session,
      });
      const { data } = parseFactusAnswer(numberingRangeListAnswer, body, LIST_ENDPOINT);
      ranges.push(...data.data.map((row) => fromFactusNumberingRange(row, this.documents)));
      const lastPage = data.pagination?.last_page ?? 1;
      if (page >= lastPage || data.data.length === 0) break;
    }
    // `expired` is not a Factus filter, and the others are re-applied in case Factus ignored one.
    return ranges.filter((range) => matchesFilter(range, filter));
  }

  async get(id: number, session: ProviderSession): Promise<NumberingRange> {
    let body: unknown;
    try {
      ({ body } = await this.client.send({
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
    const { data } = parseFactusAnswer(numberingRangeAnswer, body, SHOW_ENDPOINT);
    return fromFactusNumberingRange(data, this.documents);
  }
}
