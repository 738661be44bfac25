import type { DianMessage } from '../domain/issued-document';

/**
 * "Regla: FAJ44b, Notificación: …", and also without the colon or text after the kind
 * ("Regla: RUT01, Notificación", as manejo-errores.md shows some notices).
 */
const RULE_MESSAGE = /^\s*Regla\s*:?\s*([^,]+?)\s*,\s*(Notificaci[oó]n|Rechazo)\b\s*:?\s*(.*)$/is;

/** One DIAN line, e.g. "Regla: FAJ43b, Notificación: Nombre informado No corresponde…". */
export function parseDianMessage(
  text: string,
  fallbackRule?: string,
  fallbackKind: DianMessage['kind'] = 'notice',
): DianMessage {
  const match = RULE_MESSAGE.exec(text);
  if (match) {
    return {
      rule: match[1].trim(),
      kind: match[2].toLowerCase().startsWith('rechazo') ? 'rejection' : 'notice',
      message: match[3].trim(),
    };
  }
  const kind: DianMessage['kind'] = /rechazo/i.test(text) ? 'rejection' : fallbackKind;
  return { rule: fallbackRule ?? 'UNSPECIFIED', kind, message: text.trim() };
}

/**
 * Factus's `errors` on a document comes as an object keyed by rule (`{"FAJ44b": "Regla: …"}`),
 * a list of strings, `{}` or `null` — all three are read.
 */
export function parseDianMessages(
  errors: unknown,
  fallbackKind: DianMessage['kind'] = 'notice',
): DianMessage[] {
  if (Array.isArray(errors)) {
    return errors
      .filter((e): e is string => typeof e === 'string')
      .map((e) => parseDianMessage(e, undefined, fallbackKind));
  }
  if (errors && typeof errors === 'object') {
    return Object.entries(errors as Record<string, unknown>).flatMap(([rule, value]) => {
      const texts = Array.isArray(value) ? value : [value];
      return texts
        .filter((t): t is string => typeof t === 'string')
        .map((t) => parseDianMessage(t, rule, fallbackKind));
    });
  }
  return [];
}
