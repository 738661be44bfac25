/**
 * Factus (Laravel) names fields with dotted snake_case paths (`items.0.unit_measure_code`); our API
 * speaks camelCase with indexes in brackets (`items[0].unitMeasureCode`).
 */
export function toOurFieldPath(factusPath: string): string {
  return factusPath
    .split('.')
    .filter((segment) => segment !== '')
    .reduce((path, segment) => {
      if (/^\d+$/.test(segment)) return `${path}[${segment}]`;
      const camel = segment.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
      return path === '' ? camel : `${path}.${camel}`;
    }, '');
}
