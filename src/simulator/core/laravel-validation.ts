import type { SimResponse } from './sim-route';

/**
 * Laravel-style field validation as Factus answers it: HTTP 422 with every failing field under its
 * dotted path (`items.0.taxes.0.code`) and Spanish messages "El campo … es obligatorio."
 * (factus-api.md §4.4). Messages keep the raw dotted path as the attribute name, as the captured
 * Factus responses do, except where a capture shows Factus's own wording.
 */
export type FieldErrors = Record<string, string[]>;

export const msg = {
  required: (field: string) => `El campo ${field} es obligatorio.`,
  requiredIf: (field: string, other: string, value: string) =>
    `El campo ${field} es obligatorio cuando ${other} es ${value}.`,
  string: (field: string) => `El campo ${field} debe ser una cadena de caracteres.`,
  array: (field: string) => `El campo ${field} debe ser un arreglo.`,
  object: (field: string) => `El campo ${field} debe ser un objeto.`,
  invalid: (field: string) => `El campo ${field} es inválido.`,
  numeric: (field: string) => `El campo ${field} debe ser numérico.`,
  integer: (field: string) => `El campo ${field} debe ser un número entero.`,
  decimals: (field: string) => `El campo ${field} debe tener 0-2 cifras decimales.`,
  maxChars: (field: string, max: number) =>
    `El campo ${field} no debe ser mayor que ${max} caracteres.`,
  between: (field: string, min: number | string, max: number | string) =>
    `El campo ${field} debe estar entre ${min} y ${max}.`,
  min: (field: string, min: number | string) => `El campo ${field} debe ser al menos ${min}.`,
  gt: (field: string, value: number | string) => `El campo ${field} debe ser mayor que ${value}.`,
  boolean: (field: string) => `El campo ${field} debe tener un valor verdadero o falso.`,
  email: (field: string) => `El campo ${field} debe ser una dirección de correo válida.`,
  dateFormat: (field: string, format: string) =>
    `El campo ${field} debe coincidir con el formato ${format}.`,
};

export class ValidationErrors {
  private readonly errors: FieldErrors = {};

  add(path: string, message: string): void {
    (this.errors[path] ??= []).push(message);
  }

  has(path: string): boolean {
    return path in this.errors;
  }

  /** Whether any error was recorded at or below `path` (`items.0` covers `items.0.price`). */
  hasUnder(path: string): boolean {
    return Object.keys(this.errors).some((key) => key === path || key.startsWith(`${path}.`));
  }

  get isEmpty(): boolean {
    return Object.keys(this.errors).length === 0;
  }

  toJSON(): FieldErrors {
    return { ...this.errors };
  }
}

export function validationFailed(errors: FieldErrors): SimResponse {
  return {
    status: 422,
    body: {
      status: 'Validation error',
      message: 'Error de validación',
      data: { message: 'Error de validación', errors },
    },
  };
}

/** Laravel's `email` rule, roughly: one @, no spaces, a dot in the domain. */
export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
}
