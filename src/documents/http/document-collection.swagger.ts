import { applyDecorators, Type } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiNoContentResponse,
  ApiNotModifiedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
} from '@nestjs/swagger';
import { ApiProblemResponses } from '../../common/http/api-problem-responses.decorator';
import type { DocumentFileKind } from '../domain/document-gateway.port';
import type { DocumentType } from '../domain/document-type';
import { DocumentEmailContentResponseDto } from './document-email-content.response.dto';

const FILE = {
  pdf: { type: 'application/pdf', what: 'the graphic representation (PDF)' },
  xml: { type: 'application/xml', what: 'the DIAN-validated UBL XML' },
} as const;

/** What the Swagger texts and schemas of a collection's routes depend on. */
export interface DocumentRouteDocsOf {
  type: DocumentType;
  responseDto: Type<unknown>;
  listResponseDto: Type<unknown>;
  examples: { number: string; referenceCode: string };
}

function numberParam({ type, examples }: DocumentRouteDocsOf): MethodDecorator {
  return ApiParam({
    name: 'number',
    description: `The ${type.name}'s number (prefix + consecutive).`,
    example: examples.number,
  });
}

const listDocs = ({ type, listResponseDto }: DocumentRouteDocsOf) =>
  applyDecorators(
    ApiOperation({
      summary: `List ${type.name}s`,
      description: `Filters and pagination over the ${type.name}s Factus holds.`,
    }),
    ApiOkResponse({ type: listResponseDto }),
    ApiProblemResponses(400, 401, 429, 502, 503, 504),
  );

const getDocs = (of: DocumentRouteDocsOf) =>
  applyDecorators(
    ApiOperation({ summary: `Get one ${of.type.name}` }),
    numberParam(of),
    ApiOkResponse({ type: of.responseDto }),
    ApiProblemResponses(401, 404, 429, 502, 503, 504),
  );

const fileDocs = (of: DocumentRouteDocsOf, kind: DocumentFileKind) =>
  applyDecorators(
    ApiOperation({
      summary: `Download ${FILE[kind].what}`,
      description:
        'Sends an ETag; answers If-None-Match with 304. Repeated downloads are served from memory.',
    }),
    numberParam(of),
    ApiProduces(FILE[kind].type, 'application/problem+json'),
    ApiOkResponse({
      description: `The ${kind.toUpperCase()} bytes.`,
      content: { [FILE[kind].type]: { schema: { type: 'string', format: 'binary' } } },
    }),
    ApiNotModifiedResponse({ description: 'Unchanged since the ETag given in If-None-Match.' }),
    ApiProblemResponses(401, 404, 409, 429, 502, 503, 504),
  );

const deleteDocs = ({ type, examples }: DocumentRouteDocsOf) =>
  applyDecorators(
    ApiOperation({
      summary: `Delete an unvalidated ${type.name}`,
      description: `Deletes a pending or rejected ${type.name} so that it stops blocking the next ones. A validated ${type.name} cannot be deleted (409): correct it with a note.`,
    }),
    ApiParam({
      name: 'referenceCode',
      description: 'Your reference code.',
      example: examples.referenceCode,
    }),
    ApiNoContentResponse({ description: 'Deleted.' }),
    ApiProblemResponses(401, 404, 409, 429, 502, 503, 504),
  );

const attachedDocumentDocs = (of: DocumentRouteDocsOf) =>
  applyDecorators(
    ApiOperation({
      summary: "Download DIAN's AttachedDocument XML",
      description: `The AttachedDocument of the ${of.type.name} (the XML its buyer receives, wrapping the validated UBL and DIAN's answer). Sends an ETag; answers If-None-Match with 304.`,
    }),
    numberParam(of),
    ApiProduces('application/xml', 'application/problem+json'),
    ApiOkResponse({
      description: 'The XML bytes.',
      content: { 'application/xml': { schema: { type: 'string', format: 'binary' } } },
    }),
    ApiNotModifiedResponse({ description: 'Unchanged since the ETag given in If-None-Match.' }),
    ApiProblemResponses(401, 404, 409, 429, 502, 503, 504),
  );

const emailContentDocs = (of: DocumentRouteDocsOf) =>
  applyDecorators(
    ApiOperation({
      summary: `What Factus would e-mail for the ${of.type.name}`,
      description: `The subject and the ZIP (PDF and AttachedDocument XML), for callers that issue with \`sendEmail: false\` and send the e-mail themselves.`,
    }),
    numberParam(of),
    ApiOkResponse({ type: DocumentEmailContentResponseDto }),
    ApiProblemResponses(401, 404, 409, 429, 502, 503, 504),
  );

const emailDocs = (of: DocumentRouteDocsOf) =>
  applyDecorators(
    ApiOperation({
      summary: `E-mail the ${of.type.name}`,
      description:
        'Factus sends the PDF (its own, or yours in `pdfBase64Encoded`) and the AttachedDocument XML in a ZIP to the address. A refusal of Factus for sending too often is answered 429 EMAIL_LIMIT_REACHED (the v2 pages document no limit).',
    }),
    numberParam(of),
    ApiAcceptedResponse({ description: 'Factus accepted the e-mail.' }),
    ApiProblemResponses(400, 401, 404, 409, 415, 429, 502, 503, 504),
  );

/**
 * The OpenAPI description of each route every document collection serves, with that
 * collection's names, schemas and examples (so note routes show note schemas).
 */
export function documentRouteDocs(of: DocumentRouteDocsOf) {
  return {
    list: () => listDocs(of),
    get: () => getDocs(of),
    file: (kind: DocumentFileKind) => fileDocs(of, kind),
    deleteByReference: () => deleteDocs(of),
    email: () => emailDocs(of),
    emailContent: () => emailContentDocs(of),
    attachedDocument: () => attachedDocumentDocs(of),
  };
}
