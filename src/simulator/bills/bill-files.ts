import type { SimulatorCompany } from '../company/simulator-company';
import type { StoredBill } from './bill-store';
import { graphicName } from './bill-view';
import { factusDate, factusTimestamp } from './factus-dates';
import { amount } from './money';
import { renderPdf, type PdfLine } from './pdf';
import { ublInvoiceXml } from './ubl-xml';

/**
 * The files of `download-pdf` and `download-xml`. The name follows DIAN's convention, without an
 * extension as Factus sends it: `fv` + the issuer's NIT padded to 10 digits + `000` + the year's
 * two digits + an 8-digit consecutive (e.g. `fv09008257590002400000241`, factus-api.md §2.2).
 */
export function billFileName(bill: StoredBill, company: SimulatorCompany): string {
  return `fv${company.nit.padStart(10, '0')}000${bill.issueDate.slice(2, 4)}${String(bill.id).padStart(8, '0')}`;
}

export function billPdf(bill: StoredBill, company: SimulatorCompany): Buffer {
  const { request, totals } = bill;
  const customer = request.customer;
  const lines: PdfLine[] = [
    { text: company.company, size: 14, bold: true },
    { text: `NIT ${company.nit}-${company.dv} · ${company.address}`, size: 9 },
    { text: `Factura electrónica de venta ${bill.number}`, size: 13, bold: true, spaceBefore: 12 },
    { text: `Fecha de emisión: ${factusDate(bill.issueDate)} ${bill.issueTime}` },
    { text: `Referencia: ${bill.referenceCode}` },
    { text: 'Cliente', bold: true, spaceBefore: 10 },
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
    { text: 'CUFE', bold: true, spaceBefore: 10, size: 9 },
    { text: bill.cufe, size: 8 },
    ...(bill.validatedAt !== null
      ? [{ text: `Validada por la DIAN: ${factusTimestamp(bill.validatedAt)}`, size: 9 }]
      : []),
    {
      text: 'Representación gráfica generada por el simulador de Factus; sin validez fiscal.',
      size: 8,
      spaceBefore: 14,
    },
  ];
  return renderPdf(lines, { title: bill.number });
}

export function billXml(bill: StoredBill, company: SimulatorCompany): Buffer {
  return Buffer.from(ublInvoiceXml(bill, company), 'utf8');
}
