import {
  addBusinessDays,
  colombianHolidays,
  isBusinessDay,
  nextDay,
} from './colombian-business-days';
import * as simulator from '../../simulator/radian/business-days';
import { tacitAcceptanceAllowedFrom } from './radian-event-rules';

describe('Colombian business days', () => {
  it('knows the 18 holidays of 2026, the Emiliani ones on Mondays and Easter ones from Easter (5 April)', () => {
    expect([...colombianHolidays(2026)].sort()).toEqual([
      '2026-01-01',
      '2026-01-12', // Reyes (6 Jan, Tuesday) → Monday
      '2026-03-23', // San José (19 Mar, Thursday) → Monday
      '2026-04-02', // Jueves Santo
      '2026-04-03', // Viernes Santo
      '2026-05-01',
      '2026-05-18', // Ascensión
      '2026-06-08', // Corpus Christi
      '2026-06-15', // Sagrado Corazón
      '2026-06-29', // San Pedro (a Monday already)
      '2026-07-20',
      '2026-08-07',
      '2026-08-17', // Asunción (15 Aug, Saturday) → Monday
      '2026-10-12', // Día de la Raza (a Monday)
      '2026-11-02', // Todos los Santos (1 Nov, Sunday) → Monday
      '2026-11-16', // Cartagena (11 Nov, Wednesday) → Monday
      '2026-12-08',
      '2026-12-25',
    ]);
  });

  it('2027 (Easter 28 March): fixed holidays on a Saturday stay there, the Emiliani ones move', () => {
    // The calendar the Colombian government published for 2027.
    expect([...colombianHolidays(2027)].sort()).toEqual([
      '2027-01-01',
      '2027-01-11', // Reyes (6 Jan, Wednesday) → Monday
      '2027-03-22', // San José (19 Mar, Friday) → Monday
      '2027-03-25', // Jueves Santo
      '2027-03-26', // Viernes Santo
      '2027-05-01', // Saturday: not moved (Ley 51 moves only the listed feasts)
      '2027-05-10', // Ascensión
      '2027-05-31', // Corpus Christi
      '2027-06-07', // Sagrado Corazón
      '2027-07-05', // San Pedro (29 Jun, Tuesday) → Monday
      '2027-07-20',
      '2027-08-07', // Saturday: not moved
      '2027-08-16', // Asunción (15 Aug, Sunday) → Monday
      '2027-10-18', // Día de la Raza (12 Oct, Tuesday) → Monday
      '2027-11-01', // Todos los Santos (a Monday)
      '2027-11-15', // Cartagena (11 Nov, Thursday) → Monday
      '2027-12-08',
      '2027-12-25', // Saturday: not moved
    ]);
  });

  it('2025: San Pedro moved onto the Sagrado Corazón Monday (30 June) counts once', () => {
    const holidays = colombianHolidays(2025);
    expect(holidays.size).toBe(17);
    expect(holidays.has('2025-06-30')).toBe(true);
    expect(holidays.has('2025-04-17')).toBe(true); // Jueves Santo (Easter 20 April)
    expect(holidays.has('2025-06-02')).toBe(true); // Ascensión
  });

  it.each([
    ['2008-03-23', '2008-03-20'], // the earliest Easter of the century's first decades
    ['2024-03-31', '2024-03-28'],
    ['2038-04-25', '2038-04-22'], // the latest possible Easter
  ])('Easter %s puts Jueves Santo on %s', (_easter, holyThursday) => {
    expect(colombianHolidays(Number(holyThursday.slice(0, 4))).has(holyThursday)).toBe(true);
    expect(isBusinessDay(holyThursday)).toBe(false);
    expect(isBusinessDay(nextDay(nextDay(holyThursday)))).toBe(false); // Saturday
  });

  it('skips weekends and holidays', () => {
    expect(isBusinessDay('2026-12-01')).toBe(true); // Tuesday
    expect(isBusinessDay('2026-12-05')).toBe(false); // Saturday
    expect(isBusinessDay('2026-12-06')).toBe(false); // Sunday
    expect(isBusinessDay('2026-12-08')).toBe(false); // Inmaculada Concepción
    // Friday 4 Dec + 3 business days: Mon 7, (Tue 8 holiday), Wed 9, Thu 10.
    expect(addBusinessDays('2026-12-04', 3)).toBe('2026-12-10');
    // Holy Week: Wed 1 Apr 2026 + 3: (Thu 2, Fri 3 holidays, weekend) Mon 6, Tue 7, Wed 8.
    expect(addBusinessDays('2026-04-01', 3)).toBe('2026-04-08');
  });

  it('counts across the year end and the calendar day after', () => {
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29'); // leap year
    // Wed 30 Dec 2026: Thu 31 (1), Fri 1 Jan holiday, weekend, Mon 4 (2), Tue 5 (3).
    expect(addBusinessDays('2026-12-30', 3)).toBe('2027-01-05');
    // Thu 24 Dec 2026: (Fri 25 Navidad), Mon 28, Tue 29, Wed 30.
    expect(addBusinessDays('2026-12-24', 3)).toBe('2026-12-30');
  });
});

describe('the tacit-acceptance term (tacitAcceptanceAllowedFrom)', () => {
  it.each([
    // [032 date, first day the 034 may be emitted, why]
    ['2026-12-01', '2026-12-05', 'Tue → Wed, Thu, Fri: from Saturday'],
    ['2026-12-04', '2026-12-11', 'Fri → Mon 7, Wed 9, Thu 10 (Tue 8 holiday)'],
    ['2026-12-05', '2026-12-11', 'a 032 on Saturday counts from Monday'],
    ['2026-12-08', '2026-12-12', 'a 032 on a holiday counts from the next business day'],
    ['2027-01-08', '2027-01-15', 'Fri before the Reyes Monday (11 Jan): Tue 12, Wed 13, Thu 14'],
    ['2026-06-12', '2026-06-19', 'Fri before the Sagrado Corazón Monday (15 Jun)'],
    ['2026-04-01', '2026-04-09', 'Holy Week: Jueves and Viernes Santo skipped'],
    ['2026-12-30', '2027-01-06', 'across the year end and Año Nuevo'],
    ['2028-02-28', '2028-03-03', 'Mon → Tue 29 Feb (leap day), Wed, Thu'],
  ] as const)('032 on %s → 034 from %s (%s)', (receipt, allowedFrom, _why) => {
    expect(tacitAcceptanceAllowedFrom(receipt)).toBe(allowedFrom);
  });
});

/**
 * The simulator keeps its own copy of these days (it fakes Factus and imports nothing from the
 * service); the two must agree, or an e2e test could pass against a term the service counts
 * differently.
 */
describe("the simulator's copy", () => {
  it('agrees on every holiday from 2000 to 2060', () => {
    for (let year = 2000; year <= 2060; year += 1)
      expect([year, [...simulator.colombianHolidays(year)].sort()]).toEqual([
        year,
        [...colombianHolidays(year)].sort(),
      ]);
  });

  it('agrees on every day of 2025–2028 and on its third business day after', () => {
    for (let time = Date.UTC(2025, 0, 1); time <= Date.UTC(2028, 11, 31); time += 86_400_000) {
      const date = new Date(time).toISOString().slice(0, 10);
      expect([date, simulator.isBusinessDay(date), simulator.addBusinessDays(date, 3)]).toEqual([
        date,
        isBusinessDay(date),
        addBusinessDays(date, 3),
      ]);
    }
  });
});
