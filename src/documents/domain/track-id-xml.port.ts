import type { ProviderSession } from '../../auth/domain/provider-session';
import type { DocumentFile } from './issued-document';

export const TRACK_ID_XML_GATEWAY = Symbol('TRACK_ID_XML_GATEWAY');

/**
 * The XML of any electronic document by its DIAN track id, whatever its type, issued by the
 * account or received by it. Throws TrackIdNotFoundError when the provider has none.
 */
export interface TrackIdXmlGateway {
  downloadXml(trackId: string, session: ProviderSession): Promise<DocumentFile>;
}
