export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests can move by hand. */
export function fixedClock(start: Date | string): Clock & { advance(ms: number): void; set(d: Date | string): void } {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    advance(ms: number) {
      current = new Date(current.getTime() + ms);
    },
    set(d: Date | string) {
      current = new Date(d);
    },
  };
}

export function isoNow(clock: Clock): string {
  return clock.now().toISOString();
}

export function isoIn(clock: Clock, ms: number): string {
  return new Date(clock.now().getTime() + ms).toISOString();
}

// Built once: constructing an Intl formatter costs more than a whole directory query.
const PARIS_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' });

/** The calendar date of an instant in Europe/Paris (YYYY-MM-DD): the register's dates are local. */
export function parisDate(instant: Date): string {
  return PARIS_DATE.format(instant);
}

/** Today in Europe/Paris (YYYY-MM-DD). */
export function parisToday(clock: Clock): string {
  return parisDate(clock.now());
}
