import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ProblemFieldErrorDto {
  @ApiProperty({
    description: 'Path of the bad field in the request body, e.g. `items[0].price`.',
    example: 'customer.email',
  })
  field!: string;

  @ApiProperty({
    description: 'What is wrong with it.',
    example: 'email must be an e-mail address',
  })
  message!: string;
}

/** RFC 9457 problem details, as every error of this API is answered (`application/problem+json`). */
export class ProblemDto {
  @ApiProperty({
    description: 'URI naming the problem type.',
    example: 'https://factus-api.dev/problems/validation-failed',
  })
  type!: string;

  @ApiProperty({
    description: 'Short summary of the problem type.',
    example: 'The request is not valid',
  })
  title!: string;

  @ApiProperty({ description: 'HTTP status code.', example: 400 })
  status!: number;

  @ApiProperty({
    description: 'Explanation of this occurrence.',
    example: '1 field(s) failed validation.',
  })
  detail!: string;

  @ApiProperty({
    description: 'Stable machine-readable code; switch on this.',
    example: 'VALIDATION_FAILED',
  })
  code!: string;

  @ApiProperty({
    description: 'The request id (also in the X-Request-Id header); quote it when asking for help.',
    example: '5f0c6e2a-3a52-4d8e-9a38-0d1c8e0f4b11',
  })
  requestId!: string;

  @ApiPropertyOptional({ description: 'Path of the request.', example: '/api/v1/auth/token' })
  instance?: string;

  @ApiPropertyOptional({ type: [ProblemFieldErrorDto], description: 'One entry per bad field.' })
  errors?: ProblemFieldErrorDto[];
}
