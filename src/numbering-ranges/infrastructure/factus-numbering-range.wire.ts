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
 * Factus v2 numbering range, parsed at the edge (factus-api.md §2.7): the list writes `document`
 * as the document's name and dates as `YYYY-MM-DD`; the show writes `document` as the code plus
 * `document_name`, and dates as `DD-MM-YYYY`. Numbers come as numbers or text, flags as booleans
 * or 0/1. Ranges without a resolution (credit notes) have no dates, resolution or technical key.
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

/** `GET /v2/numbering-ranges/:id`. */
export const numberingRangeAnswer = factusEnvelope(factusNumberingRangeSchema);
