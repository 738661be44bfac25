import { addBusinessDays, colombianHolidays, isBusinessDay } from './colombian-business-days';

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

  it('skips weekends and holidays', () => {
    expect(isBusinessDay('2026-12-01')).toBe(true); // Tuesday
    expect(isBusinessDay('2026-12-05')).toBe(false); // Saturday
    expect(isBusinessDay('2026-12-08')).toBe(false); // Inmaculada Concepción
    // Friday 4 Dec + 3 business days: Mon 7, (Tue 8 holiday), Wed 9, Thu 10.
    expect(addBusinessDays('2026-12-04', 3)).toBe('2026-12-10');
    // Holy Week: Wed 1 Apr 2026 + 3: (Thu 2, Fri 3 holidays, weekend) Mon 6, Tue 7, Wed 8.
    expect(addBusinessDays('2026-04-01', 3)).toBe('2026-04-08');
  });
});
