/** Formats our request DTOs share: calendar dates, clock times and amounts. */
export const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const TIME = /^\d{2}:\d{2}:\d{2}$/;
export const DATE_MESSAGE = (field: string) => `${field} must be a date as YYYY-MM-DD`;
export const TIME_MESSAGE = (field: string) => `${field} must be a time as HH:mm:ss`;
export const AMOUNT: { oneOf: Array<{ type: 'string' | 'number' }> } = {
  oneOf: [{ type: 'string' }, { type: 'number' }],
};
