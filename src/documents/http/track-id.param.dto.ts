import { ApiProperty } from '@nestjs/swagger';
import { ValidateBy } from 'class-validator';
import { isTrackId, TRACK_ID_MESSAGE } from '../domain/track-id';

/** `:trackId`, checked before anything is asked of Factus. */
export class TrackIdParamDto {
  @ApiProperty({
    description:
      'The DIAN track id of the document: CUFE (invoice), CUDE (credit or debit note), CUDS (support document) or CUNE (payroll). 96 hexadecimal characters.',
    example:
      '3c6ef9e36a4fc1e8a6b7e1a29c6b53f3d3e8a1e0c5a3f2b9d7e6c4a2b1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3',
    pattern: '^[0-9a-fA-F]{96}$',
  })
  @ValidateBy(
    { name: 'isTrackId', validator: { validate: isTrackId } },
    { message: TRACK_ID_MESSAGE },
  )
  trackId!: string;
}
