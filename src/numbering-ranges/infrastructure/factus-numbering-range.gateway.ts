import { Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import { DianCatalog } from '../../catalogs/domain/dian-catalog';
import { FactusHttpClient, type FactusCall } from '../../factus/factus-http.client';
import { parseFactusAnswer } from '../../factus/wire';
import {
  DianResolution,
  hasDocumentCode,
  matchesFilter,
  NewNumberingRange,
  NumberingRange,
  NumberingRangeFilter,
} from '../domain/numbering-range';
import type { NumberingRangeGateway } from '../domain/numbering-range-gateway.port';
import { rangeCallError } from './factus-range-errors';
import {
  fromFactusDianResolution,
  fromFactusNumberingRange,
} from './factus-numbering-range.mapper';
import {
  dianResolutionListAnswer,
  numberingRangeAnswer,
  numberingRangeListAnswer,
} from './factus-numbering-range.wire';
import { RangeDocumentLookup, rangeDocumentLookup } from './range-document-names';

/** Rows asked per page; an account has a handful of ranges, so one page is the usual case. */
const PER_PAGE = 100;
/** A bound on the pages read, so that a misbehaving answer cannot loop forever. */
const MAX_PAGES = 50;
/** Shows asked per list to learn the code of ranges whose document name matched none. */
const MAX_TYPE_LOOKUPS = 3;
const BASE = '/v2/numbering-ranges';
const ONE = `${BASE}/:id`;

/**
 * Factus v2 numbering ranges (rangos-de-numeracion/facturacion/*.md): list, show, create,
 * `PATCH :id/current`, `PATCH :id/toggle-status`, delete, and `GET /dian`. Changes are never
 * retried: a toggle sent twice undoes itself, and a create sent twice would make two ranges.
 */
@Injectable()
export class FactusNumberingRangeGateway implements NumberingRangeGateway {
  private readonly documents: RangeDocumentLookup;

  constructor(
    private readonly client: FactusHttpClient,
    catalog: DianCatalog,
  ) {
    this.documents = rangeDocumentLookup(catalog.table('numbering-range-document-types').list());
  }

  async list(filter: NumberingRangeFilter, session: ProviderSession): Promise<NumberingRange[]> {
    const ranges: NumberingRange[] = [];
    for (let page = 1; page <= MAX_PAGES; page += 1) {
      const body = await this.send({
        method: 'GET',
        path: BASE,
        query: {
          'filter[document]': filter.document,
          'filter[is_active]': filter.active === undefined ? undefined : filter.active ? 1 : 0,
          'filter[per_page]': PER_PAGE,
          page,
        },
        session,
      });
      const { data } = parseFactusAnswer(numberingRangeListAnswer, body, `GET ${BASE}`);
      ranges.push(...data.data.map((row) => fromFactusNumberingRange(row, this.documents)));
      const lastPage = data.pagination?.last_page ?? 1;
      if (page >= lastPage || data.data.length === 0) break;
    }
    const typed = await this.withShownTypes(ranges, session);
    // `expired` is not a Factus filter, and the others are re-applied in case Factus ignored one.
    return typed.filter((range) => matchesFilter(range, filter));
  }

  get(id: number, session: ProviderSession): Promise<NumberingRange> {
    return this.one(id, { method: 'GET', path: `${BASE}/${id}`, endpoint: ONE, session });
  }

  async create(range: NewNumberingRange, session: ProviderSession): Promise<NumberingRange> {
    const body = await this.send({
      method: 'POST',
      path: BASE,
      json: {
        document: range.document,
        prefix: range.prefix,
        ...(range.resolutionNumber === undefined
          ? {}
          : { resolution_number: range.resolutionNumber }),
        current: range.current,
      },
      session,
      retryable: false,
    });
    const { data } = parseFactusAnswer(numberingRangeAnswer, body, `POST ${BASE}`);
    return fromFactusNumberingRange(data, this.documents);
  }

  updateCurrent(id: number, current: number, session: ProviderSession): Promise<NumberingRange> {
    // Setting a value is idempotent: a resend after a lost answer does no harm.
    return this.one(id, {
      method: 'PATCH',
      path: `${BASE}/${id}/current`,
      endpoint: `${ONE}/current`,
      json: { current },
      session,
      retryable: true,
    });
  }

  toggleStatus(id: number, session: ProviderSession): Promise<NumberingRange> {
    return this.one(id, {
      method: 'PATCH',
      path: `${BASE}/${id}/toggle-status`,
      endpoint: `${ONE}/toggle-status`,
      session,
      retryable: false,
    });
  }

  async delete(id: number, session: ProviderSession): Promise<void> {
    // 200 with a message (eliminar-rango.md) or 204: both mean deleted.
    const call = { method: 'DELETE', path: `${BASE}/${id}`, endpoint: ONE } as const;
    await this.send({ ...call, session, retryable: false }, id);
  }

  async dianResolutions(session: ProviderSession): Promise<DianResolution[]> {
    const body = await this.send({ method: 'GET', path: `${BASE}/dian`, session });
    const { data } = parseFactusAnswer(dianResolutionListAnswer, body, `GET ${BASE}/dian`);
    return data.data.map(fromFactusDianResolution);
  }

  /** A call answered with one range (show, current, toggle-status). */
  private async one(id: number, call: FactusCall & { endpoint: string }): Promise<NumberingRange> {
    const body = await this.send(call, id);
    const { data } = parseFactusAnswer(
      numberingRangeAnswer,
      body,
      `${call.method} ${call.endpoint}`,
    );
    return fromFactusNumberingRange(data, this.documents);
  }

  private async send(call: FactusCall, id?: number): Promise<unknown> {
    try {
      return (await this.client.send(call)).body;
    } catch (error) {
      throw rangeCallError(error, id);
    }
  }

  /**
   * The list names documents; the show gives the code (ver-rango.md). For the few ranges whose
   * name matched no code, ask the show. A failure stops the lookups and leaves the type unknown
   * (the range check then lets documents through to Factus), never fails the list.
   */
  private async withShownTypes(
    ranges: NumberingRange[],
    session: ProviderSession,
  ): Promise<NumberingRange[]> {
    const codes = new Map<number, string>();
    for (const range of ranges.filter((r) => !hasDocumentCode(r)).slice(0, MAX_TYPE_LOOKUPS)) {
      try {
        // Not retried: it only sharpens the list, which must not wait on backoffs for it.
        const path = `${BASE}/${range.id}`;
        const shown = await this.one(range.id, {
          method: 'GET',
          path,
          endpoint: ONE,
          session,
          retryable: false,
        });
        if (hasDocumentCode(shown)) codes.set(range.id, shown.document);
      } catch {
        break;
      }
    }
    return ranges.map((range) => {
      const code = codes.get(range.id);
      return code === undefined ? range : { ...range, document: code };
    });
  }
}
