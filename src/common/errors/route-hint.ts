/**
 * A place in this API that an error sends the caller to ("delete it with …", "see the catalogue
 * …"). The domain names the place; the HTTP layer spells it (src/http/route-hints.ts), so that
 * paths live in one file and the domain knows no HTTP. A message refers to its hints by position:
 * `{0}` is replaced by the first hint, `{1}` by the second.
 */
export type RouteHint =
  | { to: 'document.delete-by-reference'; documentType: string; referenceCode: string }
  | { to: 'document.delete-by-reference-template'; documentType: string }
  | { to: 'document.by-reference'; documentType: string; referenceCode: string }
  | { to: 'document.list-unfinished'; documentType: string }
  | { to: 'catalog'; catalog: string }
  | { to: 'auth.token' };

/** `{0}`, `{1}`… in `text`, each replaced by `render(hints[i])`; unknown positions stay as they are. */
export function fillHints(
  text: string,
  hints: readonly RouteHint[] | undefined,
  render: (hint: RouteHint) => string,
): string {
  if (!hints || hints.length === 0) return text;
  return text.replace(/\{(\d)\}/g, (whole, index: string) => {
    const hint = hints[Number(index)];
    return hint ? render(hint) : whole;
  });
}
