import { DEMO_COMPANY } from '../company/simulator-company';
import { NumberingRanges } from '../ranges/numbering-ranges';
import type { StoredBill } from './bill-store';
import { validateBill } from './bill-validation';
import { cufe } from './cufe';
import { officialBill } from './testing/bill-payloads';
import { escapeXml, ublInvoiceXml } from './ubl-xml';

function storedBill(): StoredBill {
  const body = officialBill();
  (body.customer as Record<string, unknown>).company = 'Tom & Jerry <Ltda> "Uno"';
  const result = validateBill(body, { ranges: new NumberingRanges(() => 0), today: '2026-05-13' });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return {
    id: 7,
    companyId: DEMO_COMPANY.id,
    referenceCode: 'FACT-2026-0124',
    number: 'SETP990000007',
    range: {
      id: 389,
      prefix: 'SETP',
      from: 1,
      to: 2,
      resolutionNumber: null,
      startDate: null,
      endDate: null,
    },
    request: result.request,
    totals: result.totals,
    status: 'validated',
    cufe: cufe({
      number: 'SETP990000007',
      issueDate: '2026-05-13',
      issueTime: '08:21:49-05:00',
      grossAmount: '70000.00',
      ivaAmount: '13300.00',
      incAmount: '0.00',
      icaAmount: '0.00',
      total: '83300.00',
      issuerNit: DEMO_COMPANY.nit,
      customerIdentification: '123456789',
      technicalKey: 'k',
      environment: '2',
    }),
    issueDate: '2026-05-13',
    issueTime: '08:21:49',
    createdAt: 0,
    validatedAt: 0,
    errors: {},
    rejectionAsList: false,
    emails: { day: '2026-05-13', count: 0 },
  };
}

describe('ublInvoiceXml', () => {
  const bill = storedBill();
  const xml = ublInvoiceXml(bill, DEMO_COMPANY);

  it('is a UBL Invoice with the number, CUFE, issue date and time', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"')).toBe(true);
    expect(xml).toContain(
      '<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"',
    );
    expect(xml).toContain('<cbc:ID>SETP990000007</cbc:ID>');
    expect(xml).toContain(
      `<cbc:UUID schemeID="2" schemeName="CUFE-SHA384">${bill.cufe}</cbc:UUID>`,
    );
    expect(xml).toContain('<cbc:IssueDate>2026-05-13</cbc:IssueDate>');
    expect(xml).toContain('<cbc:IssueTime>08:21:49-05:00</cbc:IssueTime>');
  });

  it('carries the monetary totals', () => {
    const total =
      /<cac:LegalMonetaryTotal>([\s\S]*?)<\/cac:LegalMonetaryTotal>/.exec(xml)?.[1] ?? '';
    expect(total).toContain(
      '<cbc:LineExtensionAmount currencyID="COP">70000.00</cbc:LineExtensionAmount>',
    );
    expect(total).toContain(
      '<cbc:TaxInclusiveAmount currencyID="COP">83300.00</cbc:TaxInclusiveAmount>',
    );
    expect(total).toContain('<cbc:PayableAmount currencyID="COP">83300.00</cbc:PayableAmount>');
  });

  it('escapes text and attribute values', () => {
    expect(xml).toContain(
      '<cbc:RegistrationName>Tom &amp; Jerry &lt;Ltda&gt; &quot;Uno&quot;</cbc:RegistrationName>',
    );
    expect(xml).not.toContain('Tom & Jerry');
    expect(escapeXml("a\u0001b'c")).toBe('ab&apos;c');
  });

  it('balances its tags', () => {
    const stack: string[] = [];
    for (const [, closing, name, selfClosing] of xml.matchAll(/<(\/?)([A-Za-z:]+)[^>]*?(\/?)>/g)) {
      if (selfClosing) continue;
      if (closing) expect(stack.pop()).toBe(name);
      else stack.push(name);
    }
    expect(stack).toEqual([]);
  });
});
