import type { SimulatorCompany } from '../company/simulator-company';
import type { StoredDocument } from './bill-store';
import { documentFileName, documentPdf, documentXml } from './bill-files';
import { escapeXml } from './ubl-xml';
import { zipArchive } from './zip-archive';

/**
 * DIAN's AttachedDocument (Anexo técnico 1.9, §"Documento AttachedDocument"): the container the
 * buyer receives, carrying the validated UBL document in a CDATA description. Factus serves it at
 * `…/:number/download-attached-document-xml` and puts it, with the PDF, in the e-mail's ZIP.
 * Only the parts a reader looks for are modelled (ids, parties, the embedded document).
 */
export function attachedDocumentXml(document: StoredDocument, company: SimulatorCompany): Buffer {
  const embedded = documentXml(document, company)
    .toString('utf8')
    .replace(/]]>/g, ']]]]><![CDATA[>');
  const xml = [
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
    '<AttachedDocument xmlns="urn:oasis:names:specification:ubl:schema:xsd:AttachedDocument-2"',
    ' xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"',
    ' xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">',
    '<cbc:UBLVersionID>UBL 2.1</cbc:UBLVersionID>',
    '<cbc:CustomizationID>Documentos adjuntos</cbc:CustomizationID>',
    '<cbc:ProfileID>Factura Electrónica de Venta</cbc:ProfileID>',
    `<cbc:ID>${escapeXml(document.number)}</cbc:ID>`,
    `<cbc:IssueDate>${document.issueDate}</cbc:IssueDate>`,
    `<cbc:IssueTime>${document.issueTime}-05:00</cbc:IssueTime>`,
    '<cbc:DocumentType>Contenedor de Factura Electrónica</cbc:DocumentType>',
    `<cbc:ParentDocumentID>${escapeXml(document.number)}</cbc:ParentDocumentID>`,
    `<cac:SenderParty><cac:PartyTaxScheme><cbc:RegistrationName>${escapeXml(company.company)}</cbc:RegistrationName>`,
    `<cbc:CompanyID>${company.nit}</cbc:CompanyID></cac:PartyTaxScheme></cac:SenderParty>`,
    `<cac:ReceiverParty><cac:PartyTaxScheme><cbc:CompanyID>${escapeXml(document.request.customer.identification)}</cbc:CompanyID>`,
    '</cac:PartyTaxScheme></cac:ReceiverParty>',
    '<cac:Attachment><cac:ExternalReference><cbc:MimeCode>text/xml</cbc:MimeCode>',
    `<cbc:EncodingCode>UTF-8</cbc:EncodingCode><cbc:Description><![CDATA[${embedded}]]></cbc:Description>`,
    '</cac:ExternalReference></cac:Attachment>',
    `<cac:ParentDocumentLineReference><cbc:LineID>1</cbc:LineID><cac:DocumentReference>`,
    `<cbc:ID>${escapeXml(document.number)}</cbc:ID><cbc:UUID schemeName="${document.kind.uniqueCode === 'cufe' ? 'CUFE-SHA384' : 'CUDE-SHA384'}">${document.uniqueCode}</cbc:UUID>`,
    '</cac:DocumentReference></cac:ParentDocumentLineReference>',
    '</AttachedDocument>',
  ].join('\n');
  return Buffer.from(xml, 'utf8');
}

/** The file name of the AttachedDocument: DIAN's `ad` prefix on the document's own name. */
export function attachedDocumentFileName(
  document: StoredDocument,
  company: SimulatorCompany,
): string {
  return `ad${documentFileName(document, company).slice(2)}`;
}

/**
 * `…/:number/email-content`: DIAN's subject (`NIT;Company;Number;DocumentTypeCode;Company`) and
 * the ZIP of the PDF and the AttachedDocument. The ZIP's field is `attached_document` as on the v1
 * page (assumption: the v2 page does not name it, factus-js finding #6).
 */
export function emailContent(document: StoredDocument, company: SimulatorCompany) {
  const name = attachedDocumentFileName(document, company);
  const zip = zipArchive([
    { name: `${documentFileName(document, company)}.pdf`, content: documentPdf(document, company) },
    { name: `${name}.xml`, content: attachedDocumentXml(document, company) },
  ]);
  return {
    subject: [
      company.nit,
      company.company,
      document.number,
      document.request.document,
      company.company,
    ].join(';'),
    attached_document: zip.toString('base64'),
  };
}
