import { getMetadataStorage, IsString, registerDecorator, validate } from 'class-validator';
import { CustomerDto } from '../../documents/http/customer.dto';
import { DocumentItemDto, ItemTaxDto } from '../../documents/http/item.dto';
import { PreviewInvoiceRequestDto } from '../../invoices/http/preview-invoice.request.dto';
import { cacheValidationMetadataLookups } from './validation-metadata-cache';

// Each Jest test file has a global object of its own, so this storage is uncached until below.
const storage = getMetadataStorage();
const CLASSES = [PreviewInvoiceRequestDto, CustomerDto, DocumentItemDto, ItemTaxDto];
const lookUp = (storage_: typeof storage, target: (typeof CLASSES)[number]) =>
  storage_.getTargetValidationMetadatas(target, undefined as never, false, false, undefined);

describe('cacheValidationMetadataLookups', () => {
  const uncached = CLASSES.map((target) => lookUp(storage, target));
  const uncachedGroups = uncached.map((metadatas) => storage.groupByPropertyName(metadatas));
  cacheValidationMetadataLookups();
  cacheValidationMetadataLookups(); // idempotent: a second install wraps nothing twice

  it('answers every lookup as class-validator does, with the same arrays from the second on', () => {
    CLASSES.forEach((target, i) => {
      const first = lookUp(storage, target);
      expect(first).toEqual(uncached[i]);
      expect(first.length).toBeGreaterThan(0);
      expect(lookUp(storage, target)).toBe(first);
      expect(storage.groupByPropertyName(first)).toEqual(uncachedGroups[i]);
      expect(storage.groupByPropertyName(first)).toBe(storage.groupByPropertyName(first));
    });
  });

  it('tells apart lookups with other options (groups)', () => {
    const plain = lookUp(storage, ItemTaxDto);
    const grouped = storage.getTargetValidationMetadatas(
      ItemTaxDto,
      undefined as never,
      false,
      true,
      ['admin'],
    );
    expect(plain.length).toBeGreaterThan(0);
    expect(grouped).toEqual([]); // strict groups: only rules of the group "admin", and there are none
  });

  it('forgets what it remembered when a rule is registered, so a rule added later applies', async () => {
    class Late {
      @IsString()
      name!: unknown;
      code!: unknown;
    }
    const late = Object.assign(new Late(), { name: 'x', code: 'bad' });
    expect(await validate(late)).toEqual([]);
    registerDecorator({
      name: 'isOk',
      target: Late,
      propertyName: 'code',
      validator: { validate: (value: unknown) => value === 'ok' },
    });
    const errors = await validate(late);
    expect(errors.map((error) => error.property)).toEqual(['code']);
  });
});
