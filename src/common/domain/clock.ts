export const CLOCK = Symbol('CLOCK');

/** The current time, injectable so that rules about "today" can be tested. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
