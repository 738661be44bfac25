import type { DianMessage } from './issued-document';

/**
 * DIAN rule 90, "Documento procesado anteriormente": DIAN already holds this document (an earlier
 * answer was lost, or the document was sent again). Its text says "Rechazo", but it is never a
 * rejection: deleting the document in Factus does not delete it at DIAN, and issuing it again
 * repeats rule 90. Wherever it appears (a 201 create body, a show body, a 422 body, a list row)
 * the way out is to look the document up, never to delete or re-issue it.
 */
export const ALREADY_PROCESSED_RULE = '90';

export function isAlreadyProcessed(message: DianMessage): boolean {
  return message.rule === ALREADY_PROCESSED_RULE;
}

export function hasAlreadyProcessed(messages: readonly DianMessage[]): boolean {
  return messages.some(isAlreadyProcessed);
}

/** DIAN's real rejections: "Rechazo" messages other than rule 90. */
export function rejectionsOf(messages: readonly DianMessage[]): DianMessage[] {
  return messages.filter((m) => m.kind === 'rejection' && !isAlreadyProcessed(m));
}
