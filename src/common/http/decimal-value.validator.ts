import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';

export interface DecimalValueOptions {
  /** Most decimals allowed (Factus: 2). */
  maxDecimals?: number;
  min?: number;
  /** Strictly greater than `min`. */
  exclusiveMin?: boolean;
  max?: number;
}

const DECIMAL = /^-?\d{1,15}(\.\d+)?$/;

/**
 * A money or quantity value: a JSON number or a decimal string ("83300.00"), never with more
 * decimals than Factus accepts. Numbers are checked through their shortest decimal form, so 0.1
 * is "0.1", not the binary float behind it.
 */
export function IsDecimalValue(
  options: DecimalValueOptions = {},
  validationOptions?: ValidationOptions,
) {
  const maxDecimals = options.maxDecimals ?? 2;
  return (object: object, propertyName: string): void => {
    registerDecorator({
      name: 'isDecimalValue',
      target: object.constructor,
      propertyName,
      options: validationOptions,
      validator: {
        validate(value: unknown): boolean {
          const text = decimalText(value);
          if (text === undefined || !DECIMAL.test(text)) return false;
          const dot = text.indexOf('.');
          const decimals = dot < 0 ? 0 : text.length - dot - 1;
          if (decimals > maxDecimals) return false;
          const n = Number(text);
          if (
            options.min !== undefined &&
            (options.exclusiveMin ? n <= options.min : n < options.min)
          )
            return false;
          if (options.max !== undefined && n > options.max) return false;
          return true;
        },
        defaultMessage(args: ValidationArguments): string {
          const bounds = [
            options.min !== undefined
              ? `${options.exclusiveMin ? 'greater than' : 'at least'} ${options.min}`
              : undefined,
            options.max !== undefined ? `at most ${options.max}` : undefined,
          ].filter(Boolean);
          return `${args.property} must be a decimal number (JSON number or string) with at most ${maxDecimals} decimals${bounds.length ? `, ${bounds.join(' and ')}` : ''}`;
        },
      },
    });
  };
}

export function decimalText(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? numberToPlain(value) : undefined;
  if (typeof value === 'string') return value.trim();
  return undefined;
}

/** 1e-7 → "0.0000001"; 1e21 → "1000000000000000000000" (no exponent notation). */
function numberToPlain(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toFixed(20).replace(/\.?0+$/, '');
}
