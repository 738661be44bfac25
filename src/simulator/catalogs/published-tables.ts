/**
 * The DIAN tables Factus publishes with its v2 docs, in the simulator's own copy (./data, copied
 * verbatim from ../shared/data/dian, as the service's src/catalogs/data is). The simulator reads
 * the raw data, not the service's cleaned catalogue, so that the two cannot share a cleaning bug,
 * and imports nothing from outside src/simulator.
 */
import countries from './data/countries.json';
import municipalities from './data/municipalities.json';
import unitMeasures from './data/unit-measures.json';

type Table = Readonly<Record<string, string>>;

/** code → name; the first row wins where the published table repeats a code (MGM, ONZ, PD, SO). */
function table(rows: ReadonlyArray<{ code: string; name: string }>): Table {
  const result: Record<string, string> = {};
  for (const row of rows) if (!(row.code in result)) result[row.code] = row.name;
  return result;
}

export const COUNTRIES: Table = table(countries.rows);
export const UNIT_MEASURES: Table = table(unitMeasures.rows);

export const DEPARTMENTS: Table = table(municipalities.rows.map((m) => m.department));

/** DIVIPOLA code → [municipality name, department code]. */
export const MUNICIPALITIES: Readonly<Record<string, readonly [string, string]>> =
  Object.fromEntries(
    municipalities.rows.map((m) => [m.code, [m.name, m.department.code] as const]),
  );
