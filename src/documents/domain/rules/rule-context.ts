import type { Dec } from '../../../common/domain/decimal';
import type { FieldError } from '../../../common/errors/domain-error';
import type { RouteHint } from '../../../common/errors/route-hint';
import type { CatalogName } from '../../../catalogs/domain/catalog-names';
import type { DianCatalog } from '../../../catalogs/domain/dian-catalog';
import { isCalendarDate, isClockTime } from '../calendar-date';

/**
 * What every rule gets: the catalogue, today's date in Bogotá and a place to report problems.
 * Rules report and carry on, so that a caller learns every problem of a draft at once.
 */
export class RuleContext {
  private readonly errors: FieldError[] = [];

  constructor(
    readonly today: string,
    readonly catalog: DianCatalog,
  ) {}

  report(field: string, message: string): void {
    this.errors.push({ field, message });
  }

  get reported(): FieldError[] {
    return [...this.errors];
  }

  /**
   * Reports a code missing from a DIAN table, naming it ("'03' is not an item tax code; use one
   * of 01, 04, 35"). `aWhat` carries its article. Large tables point at the catalogue endpoint.
   */
  checkCode(field: string, code: string, table: CatalogName, aWhat: string): boolean {
    if (this.catalog.has(table, code)) return true;
    const codes = this.catalog.list(table).map((e) => e.code);
    if (codes.length > 12) {
      // A large table: the message points at its catalogue, spelled by the HTTP layer.
      const hints: RouteHint[] = [{ to: 'catalog', catalog: table }];
      this.errors.push({ field, message: `'${code}' is not ${aWhat} code; see {0}`, hints });
    } else {
      this.report(field, `'${code}' is not ${aWhat} code; ${this.hint(table)}`);
    }
    return false;
  }

  /** "use 01" or "use one of 01, 04, 35": the codes of a small table. */
  hint(table: CatalogName): string {
    const codes = this.catalog.list(table).map((e) => e.code);
    return codes.length === 1 ? `use ${codes[0]}` : `use one of ${codes.join(', ')}`;
  }

  checkDate(field: string, value: string): boolean {
    if (isCalendarDate(value)) return true;
    this.report(field, `'${value}' is not a calendar date in the form YYYY-MM-DD`);
    return false;
  }

  checkTime(field: string, value: string): boolean {
    if (isClockTime(value)) return true;
    this.report(field, `'${value}' is not a time in the form HH:mm:ss (24-hour clock)`);
    return false;
  }

  /** Factus takes every amount, quantity and rate with at most two decimals. */
  checkTwoDecimals(field: string, value: Dec): boolean {
    if (value.decimalPlaces() <= 2) return true;
    this.report(field, `${value.toString()} has more than two decimals`);
    return false;
  }

  /** A percentage: 0 to 100 with at most two decimals. */
  checkPercent(field: string, value: Dec): void {
    if (value.lessThan(0) || value.greaterThan(100)) {
      this.report(field, `${value.toString()} is not a percentage between 0 and 100`);
    } else {
      this.checkTwoDecimals(field, value);
    }
  }

  /** An amount of money that may be zero but not negative, with at most two decimals. */
  checkAmount(field: string, value: Dec): void {
    if (value.lessThan(0)) this.report(field, `${value.toString()} must not be negative`);
    else this.checkTwoDecimals(field, value);
  }
}

export function isBlank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}
