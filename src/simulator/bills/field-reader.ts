import { parseMoney, type Money } from './money';
import { isIsoDate, isTime } from './factus-dates';
import { isEmail, msg, ValidationErrors } from '../core/laravel-validation';

export type JsonObject = Record<string, unknown>;

interface Presence {
  required?: boolean;
}

/**
 * Reads one field of a JSON body and records Laravel-style errors for it. Like Laravel's
 * TrimStrings and ConvertEmptyStringsToNull middleware, strings are trimmed and an empty string
 * counts as absent; numbers are accepted where Factus documents strings (its own examples mix both).
 */
export class FieldReader {
  constructor(readonly errors: ValidationErrors) {}

  isObject(value: unknown): value is JsonObject {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  }

  /** Array elements that are not objects are read as `{}`, so their required fields are reported. */
  elements(list: unknown[] | undefined): Array<[JsonObject, number]> {
    return (list ?? []).map((value, index) => [this.isObject(value) ? value : {}, index]);
  }

  present(value: unknown): boolean {
    if (value === undefined || value === null) return false;
    return !(typeof value === 'string' && value.trim() === '');
  }

  object(
    parent: JsonObject,
    key: string,
    path: string,
    opts: Presence = {},
  ): JsonObject | undefined {
    const value = parent[key];
    if (!this.present(value)) {
      if (opts.required) this.errors.add(path, msg.required(path));
      return undefined;
    }
    if (!this.isObject(value)) {
      this.errors.add(path, msg.object(path));
      return undefined;
    }
    return value;
  }

  array(
    parent: JsonObject,
    key: string,
    path: string,
    opts: Presence & { nonEmpty?: boolean } = {},
  ): unknown[] | undefined {
    const value = parent[key];
    if (!this.present(value) || (opts.nonEmpty && Array.isArray(value) && value.length === 0)) {
      if (opts.required || (opts.nonEmpty && Array.isArray(value))) {
        this.errors.add(path, msg.required(path));
      }
      return undefined;
    }
    if (!Array.isArray(value)) {
      this.errors.add(path, msg.array(path));
      return undefined;
    }
    return value as unknown[];
  }

  string(
    parent: JsonObject,
    key: string,
    path: string,
    opts: Presence & { max?: number } = {},
  ): string | undefined {
    const value = parent[key];
    if (!this.present(value)) {
      if (opts.required) this.errors.add(path, msg.required(path));
      return undefined;
    }
    if (typeof value !== 'string' && typeof value !== 'number') {
      this.errors.add(path, msg.string(path));
      return undefined;
    }
    const text = String(value).trim();
    if (opts.max !== undefined && text.length > opts.max) {
      this.errors.add(path, msg.maxChars(path, opts.max));
      return undefined;
    }
    return text;
  }

  /** A code that must be one of a table's keys (Laravel `in:`); "El campo … es inválido." otherwise. */
  code(
    parent: JsonObject,
    key: string,
    path: string,
    table: Readonly<Record<string, unknown>>,
    opts: Presence = {},
  ): string | undefined {
    const value = this.string(parent, key, path, opts);
    if (value === undefined) return undefined;
    if (!Object.prototype.hasOwnProperty.call(table, value)) {
      this.errors.add(path, msg.invalid(path));
      return undefined;
    }
    return value;
  }

  /** A decimal with at most two decimals, as a JSON number or a numeric string. */
  money(
    parent: JsonObject,
    key: string,
    path: string,
    opts: Presence & { min?: number; positive?: boolean; max?: number } = {},
  ): Money | undefined {
    const raw = parent[key];
    if (!this.present(raw)) {
      if (opts.required) this.errors.add(path, msg.required(path));
      return undefined;
    }
    const value = parseMoney(raw);
    if (value === undefined) {
      this.errors.add(path, msg.numeric(path));
      return undefined;
    }
    if (value.decimalPlaces() > 2) {
      this.errors.add(path, msg.decimals(path));
      return undefined;
    }
    if (opts.positive && value.lte(0)) {
      this.errors.add(path, msg.gt(path, 0));
      return undefined;
    }
    if (
      opts.min !== undefined &&
      opts.max !== undefined &&
      (value.lt(opts.min) || value.gt(opts.max))
    ) {
      this.errors.add(path, msg.between(path, opts.min, opts.max));
      return undefined;
    }
    if (opts.min !== undefined && value.lt(opts.min)) {
      this.errors.add(path, msg.min(path, opts.min));
      return undefined;
    }
    return value;
  }

  integer(parent: JsonObject, key: string, path: string, opts: Presence = {}): number | undefined {
    const raw = parent[key];
    if (!this.present(raw)) {
      if (opts.required) this.errors.add(path, msg.required(path));
      return undefined;
    }
    const text = typeof raw === 'number' || typeof raw === 'string' ? String(raw).trim() : '';
    if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) {
      this.errors.add(path, msg.integer(path));
      return undefined;
    }
    return Number(text);
  }

  /** Laravel's `boolean`: true, false, 1, 0, "1", "0". */
  boolean(parent: JsonObject, key: string, path: string, opts: Presence = {}): boolean | undefined {
    const raw = parent[key];
    if (raw === undefined || raw === null) {
      if (opts.required) this.errors.add(path, msg.required(path));
      return undefined;
    }
    if (raw === true || raw === 1 || raw === '1' || raw === 'true') return true;
    if (raw === false || raw === 0 || raw === '0' || raw === 'false') return false;
    this.errors.add(path, msg.boolean(path));
    return undefined;
  }

  /** `YYYY-MM-DD` (Laravel `date_format:Y-m-d`). */
  date(parent: JsonObject, key: string, path: string, opts: Presence = {}): string | undefined {
    const value = this.string(parent, key, path, opts);
    if (value === undefined) return undefined;
    if (!isIsoDate(value)) {
      this.errors.add(path, msg.dateFormat(path, 'Y-m-d'));
      return undefined;
    }
    return value;
  }

  /** `HH:mm:ss` (Laravel `date_format:H:i:s`). */
  time(parent: JsonObject, key: string, path: string, opts: Presence = {}): string | undefined {
    const value = this.string(parent, key, path, opts);
    if (value === undefined) return undefined;
    if (!isTime(value)) {
      this.errors.add(path, msg.dateFormat(path, 'H:i:s'));
      return undefined;
    }
    return value;
  }

  email(parent: JsonObject, key: string, path: string, opts: Presence = {}): string | undefined {
    const value = this.string(parent, key, path, opts);
    if (value === undefined) return undefined;
    if (!isEmail(value)) {
      this.errors.add(path, msg.email(path));
      return undefined;
    }
    return value;
  }
}
