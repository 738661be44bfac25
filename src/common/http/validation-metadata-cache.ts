import { getMetadataStorage, type MetadataStorage } from 'class-validator';

type Metadatas = ReturnType<MetadataStorage['getTargetValidationMetadatas']>;
type Grouped = ReturnType<MetadataStorage['groupByPropertyName']>;

const installed = new WeakSet<MetadataStorage>();

/**
 * class-validator looks a class's rules up again for every object it validates:
 * `getTargetValidationMetadatas` filters the class's rules and walks every class that has any (an
 * `instanceof` per DTO class of the app) for inherited ones, then `groupByPropertyName` groups
 * them by property. A 500-line invoice is ~1,000 objects of the same three classes, so a request
 * paid ~1,000 such lookups. A class's rules change only when a decorator registers one (at class
 * definition, or `registerSchema`): the lookups are remembered, and forgotten on every
 * registration. The cached arrays are the ones class-validator built; it only reads them.
 *
 * Installed on class-validator's global storage (the one its `validate` uses); idempotent.
 */
export function cacheValidationMetadataLookups(
  storage: MetadataStorage = getMetadataStorage(),
): void {
  if (installed.has(storage)) return;
  installed.add(storage);
  const lookUp = storage.getTargetValidationMetadatas.bind(storage);
  const group = storage.groupByPropertyName.bind(storage);
  const register = storage.addValidationMetadata.bind(storage);
  let lookups = new Map<unknown, Map<string, Metadatas>>();
  let groupings = new WeakMap<Metadatas, Grouped>();

  storage.addValidationMetadata = (metadata) => {
    lookups = new Map();
    groupings = new WeakMap();
    register(metadata);
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const options = `${schema}\u0000${always}\u0000${strictGroups}\u0000${groups?.join('\u0000') ?? '\u0001'}`;
    let ofTarget = lookups.get(target);
    if (!ofTarget) {
      ofTarget = new Map<string, Metadatas>();
      lookups.set(target, ofTarget);
    }
    let metadatas = ofTarget.get(options);
    if (!metadatas) {
      metadatas = lookUp(target, schema, always, strictGroups, groups);
      ofTarget.set(options, metadatas);
    }
    return metadatas;
  };
  storage.groupByPropertyName = (metadatas) => {
    let grouped = groupings.get(metadatas);
    if (!grouped) {
      grouped = group(metadatas);
      groupings.set(metadatas, grouped);
    }
    return grouped;
  };
}
