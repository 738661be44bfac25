import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';
import { apiPath, ROUTES } from '../http/routes';
import type { CatalogName } from './domain/catalog-names';
import { DianCatalog } from './domain/dian-catalog';

/** The published tables, loaded once per process and shared with every DianCatalog. */
const catalog = new DianCatalog();

/**
 * A request-DTO decorator other features use (numbering ranges, acquirers): it sits at the
 * catalogue feature's root, its public face, rather than in its http/ folder.
 *
 * The value is a usable code of a DIAN table (exact, as Factus compares codes). The message names
 * the bad code and, for small tables, lists the valid ones.
 */
export function IsDianCode(name: CatalogName, options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isDianCode',
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [name],
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && catalog.has(name, value),
        defaultMessage: (args: ValidationArguments) => {
          const codes = catalog.list(name).map((entry) => entry.code);
          const hint =
            codes.length <= 20
              ? `one of ${codes.join(', ')}`
              : `a code of GET ${apiPath(ROUTES.catalogs, name)}`;
          return `${args.property} ${JSON.stringify(args.value)} is not a DIAN ${name} code: use ${hint}`;
        },
      },
    });
  };
}
