import { ApiProperty } from '@nestjs/swagger';

/** What Factus would e-mail for a document, for callers that send the e-mail themselves. */
export class DocumentEmailContentResponseDto {
  @ApiProperty({
    description: "DIAN's subject: NIT;Company;Number;DocumentTypeCode;Company.",
    example:
      '901724254;EMPRESA DEMO SIMULADOR S.A.S.;SETP990000001;01;EMPRESA DEMO SIMULADOR S.A.S.',
  })
  subject!: string;

  @ApiProperty({
    description: 'The ZIP (the PDF and the AttachedDocument XML) to attach, base64.',
    format: 'byte',
    example: 'UEsDBBQAAAAAAA==',
  })
  zipBase64Encoded!: string;
}
