/**
 * The database could not be reached or migrated at start-up: the service does not start without
 * it (every document is recorded there before it is sent). The message names the setting.
 */
export class DatabaseUnavailableError extends Error {
  constructor(
    readonly variable: string,
    store: string,
    cause: unknown,
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    const where = store ? ` (${store})` : '';
    const setting = variable === 'embedded' ? 'the embedded database' : `${variable}${where}`;
    super(`The database did not start: ${setting}: ${reason}`);
    this.name = 'DatabaseUnavailableError';
  }
}
