/**
 * The path template of a Factus call for logs and metrics. Callers name it (`/v2/bills/:number`);
 * when one does not, segments that look like identifiers (anything with a digit but the `v2`
 * version) become `:id`, so that a document number never turns into a label value.
 */
export function endpointTemplate(path: string, endpoint?: string): string {
  if (endpoint) return endpoint;
  return path
    .split('?')[0]
    .split('/')
    .map((segment) => (/\d/.test(segment) && !/^v\d+$/.test(segment) ? ':id' : segment))
    .join('/');
}
