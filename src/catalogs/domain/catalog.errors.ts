import { DomainError } from '../../common/errors/domain-error';

/** A catalogue name we do not serve; the problem lists the ones we do. */
export class CatalogNotFoundError extends DomainError {
  readonly code = 'CATALOG_NOT_FOUND';
  readonly kind = 'not_found';
  readonly title = 'Catalogue not found';

  constructor(name: string, validNames: readonly string[]) {
    super(`There is no catalogue named '${name}'. The catalogues are: ${validNames.join(', ')}.`, {
      extensions: { catalogs: [...validNames] },
    });
  }
}
