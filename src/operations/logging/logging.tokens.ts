/** Where log lines go: stdout by default; tests replace it to capture every line. */
export const LOG_DESTINATION = Symbol('LOG_DESTINATION');
/** The root pino logger (see root-logger.ts). */
export const ROOT_LOGGER = Symbol('ROOT_LOGGER');
