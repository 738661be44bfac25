/** Factus wire helpers: schemas for Factus's loose types and the one way to parse an answer. */
export { parseFactusAnswer, fieldPath } from './parse-factus-answer';
export { isAbsent, looseValue, optionalField } from './loose-value';
export {
  looseBoolean,
  optionalLooseBoolean,
  looseInteger,
  optionalLooseInteger,
  requiredText,
  optionalText,
} from './loose-scalars';
export { decimalAmount, optionalDecimalAmount } from './decimal-amount';
export {
  factusDateTime,
  optionalFactusDateTime,
  factusCalendarDate,
  optionalFactusCalendarDate,
} from './factus-dates';
export {
  codeName,
  optionalCodeName,
  optionalCatalogueEntry,
  type WireCodeName,
} from './factus-code-name';
export {
  factusEnvelope,
  factusPage,
  factusPagination,
  type FactusPagination,
} from './factus-envelope';
