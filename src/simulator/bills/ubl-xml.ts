import { codeName, TAX_TRIBUTES } from '../catalogs/dian-codes';
import type { SimulatorCompany } from '../company/simulator-company';
import { billDocument, StoredBill, StoredDocument } from './bill-store';
import { BOGOTA_UTC_OFFSET } from './factus-dates';
import { amount } from './money';

/**
 * A UBL 2.1 `Invoice`, `CreditNote` or `DebitNote` shaped like the DIAN XML Factus returns from
 * download-xml: the number, the CUFE / CUDE, issue date and time, both parties, tax totals, the
 * monetary totals and the lines; a note adds its correction (`cac:DiscrepancyResponse`) and the
 * invoice it references (`cac:BillingReference`). It is not signed and carries no DIAN
 * extensions: it is for clients that read fields out of the XML.
 */
const COMMON_NAMESPACES = {
  'xmlns:cac': 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  'xmlns:cbc': 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
};

type Attributes = Record<string, string>;
type Node = { name: string; attributes?: Attributes; text?: string; children?: Node[] };

const el = (name: string, text: string, attributes?: Attributes): Node => ({
  name,
  text,
  attributes,
});
const group = (name: string, children: Node[], attributes?: Attributes): Node => ({
  name,
  children,
  attributes,
});
const money = (name: string, value: Parameters<typeof amount>[0]) =>
  el(name, amount(value), { currencyID: 'COP' });

export function ublInvoiceXml(bill: StoredBill, company: SimulatorCompany): string {
  return ublDocumentXml(billDocument(bill), company);
}

export function ublDocumentXml(document: StoredDocument, company: SimulatorCompany): string {
  const { request, totals, kind } = document;
  const { ubl } = kind;
  const customer = request.customer;
  const taxTotals = Object.entries(totals.taxByTribute).map(([code, taxAmount]) =>
    group('cac:TaxTotal', [
      money('cbc:TaxAmount', taxAmount),
      ...totals.taxSummary
        .filter((t) => t.code === code)
        .map((t) =>
          group('cac:TaxSubtotal', [
            money('cbc:TaxableAmount', t.taxableAmount),
            money('cbc:TaxAmount', t.taxAmount),
            group('cac:TaxCategory', [
              el('cbc:Percent', amount(t.rate)),
              group('cac:TaxScheme', [
                el('cbc:ID', code),
                el('cbc:Name', codeName(TAX_TRIBUTES, code).name),
              ]),
            ]),
          ]),
        ),
    ]),
  );

  const root = group(
    ubl.root,
    [
      el('cbc:UBLVersionID', 'UBL 2.1'),
      el('cbc:CustomizationID', request.operationType),
      el('cbc:ProfileID', ubl.profile),
      el('cbc:ProfileExecutionID', '2'),
      el('cbc:ID', document.number),
      el('cbc:UUID', document.uniqueCode, {
        schemeID: '2',
        schemeName: `${kind.uniqueCode.toUpperCase()}-SHA384`,
      }),
      el('cbc:IssueDate', document.issueDate),
      el('cbc:IssueTime', `${document.issueTime}${BOGOTA_UTC_OFFSET}`),
      ...(ubl.typeCode ? [el(ubl.typeCode, request.document)] : []),
      ...(request.observation ? [el('cbc:Note', request.observation)] : []),
      el('cbc:DocumentCurrencyCode', 'COP'),
      el('cbc:LineCountNumeric', String(request.items.length)),
      ...noteReferences(document),
      group('cac:AccountingSupplierParty', [
        el('cbc:AdditionalAccountID', '1'),
        party(company.company, company.nit, company.dv, '31', company.responsibilities),
      ]),
      group('cac:AccountingCustomerParty', [
        el('cbc:AdditionalAccountID', customer.legalOrganizationCode),
        party(
          customer.company ?? customer.names ?? '',
          customer.identification,
          customer.dv,
          customer.identificationDocumentCode,
          customer.responsibilities,
          customer.email,
        ),
      ]),
      ...request.paymentDetails.map((p) =>
        group('cac:PaymentMeans', [
          el('cbc:ID', p.paymentForm),
          el('cbc:PaymentMeansCode', p.paymentMethodCode),
          ...(p.dueDate ? [el('cbc:PaymentDueDate', p.dueDate)] : []),
        ]),
      ),
      ...taxTotals,
      group(ubl.monetaryTotal, [
        money('cbc:LineExtensionAmount', totals.grossAmount),
        money('cbc:TaxExclusiveAmount', totals.taxableAmount),
        money('cbc:TaxInclusiveAmount', totals.grossAmount.plus(totals.taxAmount)),
        money('cbc:AllowanceTotalAmount', totals.allowanceAmount),
        money('cbc:ChargeTotalAmount', totals.surchargeAmount),
        money('cbc:PrepaidAmount', totals.prepaymentAmount),
        ...(request.cashRoundingAmount.isZero()
          ? []
          : [money('cbc:PayableRoundingAmount', request.cashRoundingAmount)]),
        money('cbc:PayableAmount', totals.total),
      ]),
      ...request.items.map((item, index) => {
        const line = totals.lines[index];
        return group(ubl.line, [
          el('cbc:ID', String(index + 1)),
          el(ubl.quantity, amount(item.quantity), { unitCode: item.unitMeasureCode }),
          money('cbc:LineExtensionAmount', line.base),
          ...line.taxes.map((tax) =>
            group('cac:TaxTotal', [
              money('cbc:TaxAmount', tax.taxAmount),
              group('cac:TaxSubtotal', [
                money('cbc:TaxableAmount', tax.taxableAmount),
                money('cbc:TaxAmount', tax.taxAmount),
                group('cac:TaxCategory', [
                  el('cbc:Percent', amount(tax.rate)),
                  group('cac:TaxScheme', [el('cbc:ID', tax.code)]),
                ]),
              ]),
            ]),
          ),
          group('cac:Item', [
            el('cbc:Description', item.name),
            group('cac:StandardItemIdentification', [
              el('cbc:ID', item.codeReference, { schemeID: item.standardCode }),
            ]),
          ]),
          group('cac:Price', [
            money('cbc:PriceAmount', item.price),
            el('cbc:BaseQuantity', amount(item.quantity), { unitCode: item.unitMeasureCode }),
          ]),
        ]);
      }),
    ],
    {
      xmlns: `urn:oasis:names:specification:ubl:schema:xsd:${ubl.root}-2`,
      ...COMMON_NAMESPACES,
    },
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n${render(root, 0)}`;
}

/**
 * A note's `cac:DiscrepancyResponse` (correction concept) and, when it references an invoice,
 * `cac:BillingReference` with the invoice's number, CUFE and issue date.
 */
function noteReferences(document: StoredDocument): Node[] {
  const rules = document.kind.note;
  if (!rules || !document.note) return [];
  const { bill, correctionConceptCode } = document.note;
  return [
    group('cac:DiscrepancyResponse', [
      ...(bill ? [el('cbc:ReferenceID', bill.number)] : []),
      el('cbc:ResponseCode', correctionConceptCode),
      el('cbc:Description', codeName(rules.correctionConcepts, correctionConceptCode).name),
    ]),
    ...(bill
      ? [
          group('cac:BillingReference', [
            group('cac:InvoiceDocumentReference', [
              el('cbc:ID', bill.number),
              el('cbc:UUID', bill.cufe, { schemeName: 'CUFE-SHA384' }),
              el('cbc:IssueDate', bill.issueDate),
            ]),
          ]),
        ]
      : []),
  ];
}

function party(
  name: string,
  identification: string,
  dv: string | null,
  documentCode: string,
  responsibilities: readonly string[],
  email?: string | null,
): Node {
  const idAttributes: Attributes = {
    schemeAgencyID: '195',
    schemeName: documentCode,
    ...(dv !== null ? { schemeID: dv } : {}),
  };
  return group('cac:Party', [
    group('cac:PartyName', [el('cbc:Name', name)]),
    group('cac:PartyTaxScheme', [
      el('cbc:RegistrationName', name),
      el('cbc:CompanyID', identification, idAttributes),
      el('cbc:TaxLevelCode', responsibilities.join(';')),
    ]),
    group('cac:PartyLegalEntity', [
      el('cbc:RegistrationName', name),
      el('cbc:CompanyID', identification, idAttributes),
    ]),
    ...(email ? [group('cac:Contact', [el('cbc:ElectronicMail', email)])] : []),
  ]);
}

function render(node: Node, depth: number): string {
  const indent = '  '.repeat(depth);
  const attributes = Object.entries(node.attributes ?? {})
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('');
  if (node.children) {
    const inner = node.children.map((child) => render(child, depth + 1)).join('\n');
    return `${indent}<${node.name}${attributes}>\n${inner}\n${indent}</${node.name}>`;
  }
  return `${indent}<${node.name}${attributes}>${escapeXml(node.text ?? '')}</${node.name}>`;
}

/** Escapes the five XML special characters and drops characters XML 1.0 cannot carry. */
export function escapeXml(text: string): string {
  return [...text]
    .filter(isXmlChar)
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** XML 1.0's Char production: tab, newline, carriage return and everything from space up, minus surrogates and U+FFFE/U+FFFF. */
function isXmlChar(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  if (code === 0x09 || code === 0x0a || code === 0x0d) return true;
  return (
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}
