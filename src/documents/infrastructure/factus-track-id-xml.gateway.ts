import { Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import { FactusApiError, FactusBadResponseError } from '../../factus/factus.errors';
import { FactusHttpClient } from '../../factus/factus-http.client';
import { parseFactusAnswer } from '../../factus/wire';
import type { DocumentFile } from '../domain/issued-document';
import type { TrackIdXmlGateway } from '../domain/track-id-xml.port';
import { TrackIdNotFoundError } from '../domain/track-id.errors';
import { DOCUMENT_FILE_ANSWER } from './factus-document.answer';

const ENDPOINT = '/v2/documents/:trackId/download-xml';

/**
 * v2 documentos/descargar-xml: `GET /v2/documents/:trackId/download-xml`, for documents the
 * company issued or received. The page gives no response schema (factus-js finding #11); it is
 * read as every other v2 XML download: `data.file_name` (no extension) and
 * `data.xml_base_64_encoded`. A 404 means no such document for the account; any other refusal
 * keeps the code its status gives (FACTUS_CONFLICT for a document DIAN has not validated…).
 */
@Injectable()
export class FactusTrackIdXmlGateway implements TrackIdXmlGateway {
  constructor(private readonly client: FactusHttpClient) {}

  async downloadXml(trackId: string, session: ProviderSession): Promise<DocumentFile> {
    let body: unknown;
    try {
      ({ body } = await this.client.send({
        method: 'GET',
        path: `/v2/documents/${encodeURIComponent(trackId)}/download-xml`,
        endpoint: ENDPOINT,
        session,
      }));
    } catch (error) {
      if (error instanceof FactusApiError && error.status === 404)
        throw new TrackIdNotFoundError(trackId);
      throw error;
    }
    const { data } = parseFactusAnswer(DOCUMENT_FILE_ANSWER, body, `GET ${ENDPOINT}`);
    if (data.xml_base_64_encoded === undefined) {
      throw new FactusBadResponseError(`Factus answered GET ${ENDPOINT} without a file.`);
    }
    return {
      fileName: (data.file_name ?? trackId).replace(/\.xml$/i, ''),
      content: Buffer.from(data.xml_base_64_encoded, 'base64'),
    };
  }
}
