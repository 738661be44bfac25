import type { FastifyInstance } from 'fastify';
import type { BillingState } from '../billing-state';
import { documentFileName, documentXml } from '../bills/bill-files';
import { companyById, companyOfUser } from '../company/simulator-company';
import { simRoute } from '../core/sim-route';

/**
 * `GET /v2/documents/:trackId/download-xml` (v2 documentos/descargar-xml): the XML of a document
 * the user's company issued or received, found by its DIAN track id (CUFE, CUDE, CUDS, CUNE)
 * whatever its kind. The page gives no response schema (factus-js finding #11): the answer is the
 * one of every v2 XML download, `file_name` without extension and `xml_base_64_encoded`.
 *
 * Assumption: the simulator keeps no received documents (reception is not simulated), so only the
 * company's own documents are found, by a lookup over every stored kind.
 * Assumption: an unknown track id is a 404 in the shape of the other document routes; a document
 * DIAN has not validated is a 409, as its per-kind XML download answers.
 */
export function registerDocumentXmlRoutes(app: FastifyInstance, billing: BillingState): void {
  simRoute(
    app,
    billing.state,
    'GET',
    '/v2/documents/:trackId/download-xml',
    { auth: 'bearer' },
    ({ userId, params }) => {
      const company = companyOfUser(userId ?? '');
      const trackId = params.trackId.toLowerCase();
      const document = billing
        .allDocuments()
        .find((d) => d.companyId === company.id && d.uniqueCode === trackId);
      const issuer = document && companyById(document.companyId);
      if (!document || !issuer) {
        return { status: 404, body: { status: 'Not Found', message: 'Documento no encontrado' } };
      }
      if (document.status !== 'validated') {
        return {
          status: 409,
          body: { status: 'Conflict', message: 'El documento no ha sido validado por la DIAN' },
        };
      }
      return {
        status: 200,
        body: {
          status: 'OK',
          message: 'Solicitud exitosa',
          data: {
            file_name: documentFileName(document, issuer),
            xml_base_64_encoded: documentXml(document, issuer).toString('base64'),
          },
        },
      };
    },
  );
}
