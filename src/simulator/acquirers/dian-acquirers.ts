/**
 * DIAN's published test identities for its acquirer service (factus-api.md §2.9; Factus v2 docs,
 * informacion-adquirientes): per identification document type, ten numbers `<code>9999<n>`
 * (n = 1…10), named "Nombre <type> <n>" with the e-mail "Mail_<type>_<n>@mail.com", where <type>
 * is DIAN's own spelling (including the footnote asterisk of "NUIP *"). PEP (47) and PPT (48) have
 * no test data.
 */
const TEST_TYPE_NAMES: Readonly<Record<string, string>> = {
  '11': 'Registro civil',
  '12': 'Tarjeta de identidad',
  '13': 'Cédula de ciudadanía',
  '21': 'Tarjeta de extranjería',
  '22': 'Cédula de extranjería',
  '31': 'NIT',
  '41': 'Pasaporte',
  '42': 'Documento de identificación extranjero',
  '50': 'NIT de otro país',
  '91': 'NUIP *',
};

/** Identification document codes the lookup accepts (the DIAN table). */
export const ACQUIRER_DOCUMENT_CODES: ReadonlySet<string> = new Set([
  ...Object.keys(TEST_TYPE_NAMES),
  '47',
  '48',
]);

export interface DianAcquirer {
  name: string;
  email: string;
}

export function findTestAcquirer(documentCode: string, number: string): DianAcquirer | undefined {
  const type = TEST_TYPE_NAMES[documentCode];
  const match = new RegExp(`^${documentCode}9999(\\d{1,2})$`).exec(number);
  if (!type || !match) return undefined;
  const n = Number(match[1]);
  if (n < 1 || n > 10 || String(n) !== match[1]) return undefined;
  return { name: `Nombre ${type} ${n}`, email: `Mail_${type}_${n}@mail.com` };
}
