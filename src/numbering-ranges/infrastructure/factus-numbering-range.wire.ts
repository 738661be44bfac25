import { z } from 'zod';
import {
  factusEnvelope,
  factusPage,
  looseBoolean,
  looseInteger,
  optionalFactusCalendarDate,
  optionalText,
  requiredText,
} from '../../factus/wire';

/**
 * Factus v2 numbering range, parsed at the edge (rangos-de-numeracion/facturacion/*.md): the
 * list writes `document` as the document's name and dates as `YYYY-MM-DD`; the show writes
 * `document` as the code plus `document_name`, and dates as `DD-MM-YYYY`. Numbers come as numbers
 * or text, flags as 1/0 (as documented) or booleans. Ranges without a resolution (credit notes) have no dates, resolution or technical key.
 */
export const factusNumberingRangeSchema = z.object({
  id: looseInteger,
  document: requiredText,
  document_name: optionalText,
  prefix: requiredText,
  from: looseInteger,
  to: looseInteger,
  current: looseInteger,
  resolution_number: optionalText,
  start_date: optionalFactusCalendarDate,
  end_date: optionalFactusCalendarDate,
  technical_key: optionalText,
  is_expired: looseBoolean,
  is_active: looseBoolean,
});
export type FactusNumberingRangeWire = z.output<typeof factusNumberingRangeSchema>;

/** `GET /v2/numbering-ranges`: paginated (`data.data[]`), or a bare `data[]`. */
export const numberingRangeListAnswer = factusEnvelope(factusPage(factusNumberingRangeSchema));

/** `GET /v2/numbering-ranges/:id`, and the create, current and toggle-status answers. */
export const numberingRangeAnswer = factusEnvelope(factusNumberingRangeSchema);

/**
 * One resolution of `GET /v2/numbering-ranges/dian` (rangos-asociados-al-software.md: prefix,
 * from, to, resolution_number, start_date, end_date, technical_key; no example body, so dates are
 * read in either Factus form and a paginated or bare list is accepted).
 */
export const factusDianResolutionSchema = z.object({
  prefix: requiredText,
  from: looseInteger,
  to: looseInteger,
  resolution_number: optionalText,
  start_date: optionalFactusCalendarDate,
  end_date: optionalFactusCalendarDate,
  technical_key: optionalText,
});
export type FactusDianResolutionWire = z.output<typeof factusDianResolutionSchema>;

export const dianResolutionListAnswer = factusEnvelope(factusPage(factusDianResolutionSchema));
