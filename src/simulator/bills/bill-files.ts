import type { SimulatorCompany } from '../company/simulator-company';
import { codeName } from '../catalogs/dian-codes';
import type { StoredDocument } from './bill-store';
import { graphicName } from './party-view';
import { factusDate, factusTimestamp } from './factus-dates';
import { amount } from './money';
import { renderPdf, type PdfLine } from './pdf';
import { ublDocumentXml } from './ubl-xml';

/**
 * The files of `download-pdf` and `download-xml`. The name follows DIAN's convention, without an
 * extension as Factus sends it: `fv` (invoice), `nc` (credit note) or `nd` (debit note) + the
 * issuer's NIT padded to 10 digits + `000` + the year's two digits + an 8-digit consecutive (e.g.
 * `fv09008257590002400000241`, factus-api.md §2.2).
 */
export function documentFileName(document: StoredDocument, company: SimulatorCompany): string {
  return `${document.kind.filePrefix}${company.nit.padStart(10, '0')}000${document.issueDate.slice(2, 4)}${String(document.id).padStart(8, '0')}`;
}

export function documentPdf(document: StoredDocument, company: SimulatorCompany): Buffer {
  const { request, totals, kind } = document;
  const customer = request.customer;
  const lines: PdfLine[] = [
    { text: company.company, size: 14, bold: true },
    { text: `NIT ${company.nit}-${company.dv} · ${company.address}`, size: 9 },
    { text: `${kind.title} ${document.number}`, size: 13, bold: true, spaceBefore: 12 },
    { text: `Fecha de emisión: ${factusDate(document.issueDate)} ${document.issueTime}` },
    { text: `Referencia: ${document.referenceCode}` },
    ...noteLines(document),
    { text: kind.support ? 'Proveedor' : 'Cliente', bold: true, spaceBefore: 10 },
    { text: graphicName(customer) },
    {
      text: `Identificación: ${customer.identification}${customer.dv !== null ? `-${customer.dv}` : ''}`,
    },
    ...(customer.email ? [{ text: `Correo: ${customer.email}` }] : []),
    { text: 'Detalle', bold: true, spaceBefore: 10 },
    ...request.items.map((item, index) => ({
      text:
        `${index + 1}. ${item.codeReference} ${item.name} — ${amount(item.quantity)} × ` +
        `${amount(item.price)} = ${amount(totals.lines[index].total)}`,
      size: 9,
    })),
    { text: 'Totales', bold: true, spaceBefore: 10 },
    { text: `Subtotal: ${amount(totals.grossAmount)}` },
    { text: `Impuestos: ${amount(totals.taxAmount)}` },
    ...(totals.surchargeAmount.isZero()
      ? []
      : [{ text: `Recargos: ${amount(totals.surchargeAmount)}` }]),
    { text: `Total: ${amount(totals.total)}`, bold: true },
    { text: kind.uniqueCode.toUpperCase(), bold: true, spaceBefore: 10, size: 9 },
    { text: document.uniqueCode, size: 8 },
    ...(document.validatedAt !== null
      ? [{ text: `Validada por la DIAN: ${factusTimestamp(document.validatedAt)}`, size: 9 }]
      : []),
    {
      text: 'Representación gráfica generada por el simulador de Factus; sin validez fiscal.',
      size: 8,
      spaceBefore: 14,
    },
  ];
  return renderPdf(lines, { title: document.number });
}

/** What a note's graphic representation adds: the invoice it corrects and why. */
function noteLines(document: StoredDocument): PdfLine[] {
  const rules = document.kind.note;
  if (!rules || !document.note) return [];
  const { bill, correctionConceptCode } = document.note;
  const concept = codeName(rules.correctionConcepts, correctionConceptCode);
  const customization = codeName(rules.customizations, document.request.operationType);
  return [
    { text: `Tipo: ${customization.code} ${customization.name}` },
    { text: `Concepto de corrección: ${concept.code} ${concept.name}` },
    ...(bill
      ? [
          { text: `Factura referenciada: ${bill.number} del ${factusDate(bill.issueDate)}` },
          { text: `CUFE de la factura: ${bill.cufe}`, size: 8 },
        ]
      : [{ text: 'Sin referencia a una factura electrónica' }]),
  ];
}

export function documentXml(document: StoredDocument, company: SimulatorCompany): Buffer {
  return Buffer.from(ublDocumentXml(document, company), 'utf8');
}
