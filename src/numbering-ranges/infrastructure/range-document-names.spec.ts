import { DianCatalog } from '../../catalogs/domain/dian-catalog';
import { rangeDocumentLookup } from './range-document-names';

describe('rangeDocumentLookup', () => {
  const lookup = rangeDocumentLookup(
    new DianCatalog().table('numbering-range-document-types').list(),
  );
  const codeOf = (text: string) => lookup(text)?.code;

  it.each([
    ['21', '21'],
    ['Factura de Venta', '21'],
    ['FACTURA DE VENTA', '21'],
    ['Factura electrónica de venta', '21'],
    ['  factura   de venta electronica ', '21'],
    ['Nota Crédito', '22'],
    ['Nota crédito electrónica', '22'],
    ['Nota de crédito', '22'],
    ['NOTA DEBITO', '23'],
    ['Documento Soporte Electrónico', '24'],
    ['Nota de ajuste al documento soporte', '25'],
    ['Factura de talonario o de papel', '30'],
  ])('maps %j to %s', (text, code) => {
    expect(codeOf(text)).toBe(code);
  });

  it.each([
    ['a name that could be two types', 'Factura electrónica'],
    ['another type', 'Factura electrónica de exportación'],
    ['payroll (not a billing range type)', 'Nómina Electrónica'],
    ['an unknown code', '99'],
    ['nothing', ''],
    ['only filler words', 'de la electrónica'],
  ])('maps nothing for %s', (_case, text) => {
    expect(lookup(text)).toBeUndefined();
  });
});
