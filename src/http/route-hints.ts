import { fillHints, RouteHint } from '../common/errors/route-hint';
import { apiPath, documentCollectionPath, ROUTES } from './routes';

/** How a place named by the domain (route-hint.ts) reads in a message: a method and our path. */
export function renderRouteHint(hint: RouteHint): string {
  switch (hint.to) {
    case 'document.delete-by-reference':
      return `DELETE ${documentCollectionPath(hint.documentType)}/by-reference/${encodeURIComponent(hint.referenceCode)}`;
    case 'document.by-reference':
      return `GET ${documentCollectionPath(hint.documentType)}/by-reference/${encodeURIComponent(hint.referenceCode)}`;
    case 'document.delete-by-reference-template':
      return `DELETE ${documentCollectionPath(hint.documentType)}/by-reference/{referenceCode}`;
    case 'document.list-unfinished':
      return `GET ${documentCollectionPath(hint.documentType)}?status=pending`;
    case 'catalog':
      return `GET ${apiPath(ROUTES.catalogs, hint.catalog)}`;
    case 'auth.token':
      return `POST ${apiPath(ROUTES.auth, 'token')}`;
  }
}

/** A domain message with its `{0}`, `{1}` spelled out. */
export function withRouteHints(text: string, hints: readonly RouteHint[] | undefined): string {
  return fillHints(text, hints, renderRouteHint);
}
