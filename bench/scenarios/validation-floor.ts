/*
 * The least class-validator can cost on the benchmark's 500 lines: the same lines, validated with
 * the pipe's options against classes that hold one `@IsString()` per field a line sends (six, and
 * a tax's two) and nothing else: no optional fields, no rule of ours. What it costs is what
 * class-validator spends per object and per property, which no DTO written for it can go below.
 */
import { plainToInstance, Type } from 'class-transformer';
import { IsArray, IsString, validate, ValidateNested } from 'class-validator';
import { VALIDATOR_OPTIONS } from '../../src/common/http/validation.pipe';

class FloorTax {
  @IsString() code!: string;
  @IsString() rate!: string;
}

class FloorLine {
  @IsString() codeReference!: string;
  @IsString() name!: string;
  @IsString() quantity!: string;
  @IsString() price!: string;
  @IsString() unitMeasureCode!: string;
  @IsString() standardCode!: string;
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => FloorTax)
  taxes!: FloorTax[];
}

class FloorBody {
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => FloorLine)
  items!: FloorLine[];
}

/** One validation of `items` (the benchmark's lines) against the floor classes; throws if any fails. */
export async function validateAtTheFloor(items: unknown[]): Promise<void> {
  const errors = await validate(plainToInstance(FloorBody, { items }), VALIDATOR_OPTIONS);
  if (errors.length > 0)
    throw new Error(`The floor classes refused the benchmark lines: ${errors[0].toString()}`);
}
