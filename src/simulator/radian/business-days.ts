/**
 * The simulator's own copy of Colombia's business days (días hábiles: Monday to Friday except the
 * national holidays of Ley 51 de 1983 and the Easter holidays), which DIAN uses for the
 * three-day term of the tacit acceptance. Dates are Bogotá calendar days `YYYY-MM-DD`.
 */
const DAY_MS = 86_400_000;

function toTime(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

function toDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** Easter Sunday of `year` (the anonymous Gregorian computus), as a UTC midnight. */
function easter(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day);
}

/** The same day when it is a Monday, else the next Monday (Ley 51 de 1983). */
function nextMonday(time: number): number {
  const weekday = new Date(time).getUTCDay(); // 0 Sunday … 6 Saturday
  return time + ((8 - weekday) % 7) * DAY_MS;
}

const FIXED: Array<[month: number, day: number]> = [
  [1, 1], // Año Nuevo
  [5, 1], // Día del Trabajo
  [7, 20], // Independencia
  [8, 7], // Batalla de Boyacá
  [12, 8], // Inmaculada Concepción
  [12, 25], // Navidad
];

const MOVED_TO_MONDAY: Array<[month: number, day: number]> = [
  [1, 6], // Reyes Magos
  [3, 19], // San José
  [6, 29], // San Pedro y San Pablo
  [8, 15], // Asunción de la Virgen
  [10, 12], // Día de la Raza
  [11, 1], // Todos los Santos
  [11, 11], // Independencia de Cartagena
];

const holidaysByYear = new Map<number, Set<string>>();

/** The national holidays of `year`, `YYYY-MM-DD`. */
export function colombianHolidays(year: number): Set<string> {
  const known = holidaysByYear.get(year);
  if (known) return known;
  const sunday = easter(year);
  const times = [
    ...FIXED.map(([month, day]) => Date.UTC(year, month - 1, day)),
    ...MOVED_TO_MONDAY.map(([month, day]) => nextMonday(Date.UTC(year, month - 1, day))),
    sunday - 3 * DAY_MS, // Jueves Santo
    sunday - 2 * DAY_MS, // Viernes Santo
    sunday + 43 * DAY_MS, // Ascensión (Thursday +39, on Monday)
    sunday + 64 * DAY_MS, // Corpus Christi (Thursday +60, on Monday)
    sunday + 71 * DAY_MS, // Sagrado Corazón (Friday +68, on Monday)
  ];
  const holidays = new Set(times.map(toDate));
  holidaysByYear.set(year, holidays);
  return holidays;
}

export function isBusinessDay(date: string): boolean {
  const weekday = new Date(toTime(date)).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !colombianHolidays(Number(date.slice(0, 4))).has(date);
}

/** The `count`-th business day after `date` (not counting `date` itself). */
export function addBusinessDays(date: string, count: number): string {
  let time = toTime(date);
  for (let left = count; left > 0;) {
    time += DAY_MS;
    if (isBusinessDay(toDate(time))) left -= 1;
  }
  return toDate(time);
}

/** The calendar day after `date`. */
export function nextDay(date: string): string {
  return toDate(toTime(date) + DAY_MS);
}
