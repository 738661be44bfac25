import { Inject, Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import { normalizeTrackId } from '../domain/track-id';
import { TRACK_ID_XML_GATEWAY, TrackIdXmlGateway } from '../domain/track-id-xml.port';
import { CachedDocumentFile, toCached } from './document-file-cache';

/**
 * The XML of any document by its CUFE / CUDE / CUDS / CUNE, issued or received, with its ETag.
 * Asked of Factus each time (not kept in the file cache, like the AttachedDocument): the lookup
 * by track id is for reconciliation and received documents, not for repeated downloads.
 */
@Injectable()
export class DownloadXmlByTrackIdUseCase {
  constructor(@Inject(TRACK_ID_XML_GATEWAY) private readonly gateway: TrackIdXmlGateway) {}

  async execute(trackId: string, session: ProviderSession): Promise<CachedDocumentFile> {
    return toCached(await this.gateway.downloadXml(normalizeTrackId(trackId), session));
  }
}
