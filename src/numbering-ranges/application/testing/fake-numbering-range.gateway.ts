import type { ProviderSession } from '../../../auth/domain/provider-session';
import type {
  DianResolution,
  NewNumberingRange,
  NumberingRange,
  NumberingRangeFilter,
} from '../../domain/numbering-range';
import type { NumberingRangeGateway } from '../../domain/numbering-range-gateway.port';
import { NumberingRangeNotFoundError } from '../../domain/numbering-range.errors';
import { aRange } from '../../domain/testing/numbering-range.builder';

/** An in-memory provider of ranges that counts its list calls (and can hold them back). */
export class FakeRangeGateway implements NumberingRangeGateway {
  ranges: NumberingRange[] = [aRange()];
  listCalls: Array<{ filter: NumberingRangeFilter; accountKey: string }> = [];
  pending?: Promise<void>;
  private nextId = 2000;

  async list(filter: NumberingRangeFilter, session: ProviderSession): Promise<NumberingRange[]> {
    this.listCalls.push({ filter, accountKey: session.accountKey });
    if (this.pending) await this.pending;
    return this.ranges.map((range) => ({ ...range }));
  }

  get(id: number): Promise<NumberingRange> {
    return Promise.resolve({ ...this.find(id) });
  }

  create(range: NewNumberingRange): Promise<NumberingRange> {
    const created = aRange({
      id: (this.nextId += 1),
      document: range.document,
      prefix: range.prefix,
      resolutionNumber: range.resolutionNumber ?? null,
      current: range.current,
    });
    this.ranges.push(created);
    return Promise.resolve({ ...created });
  }

  updateCurrent(id: number, current: number): Promise<NumberingRange> {
    this.find(id).current = current;
    return this.get(id);
  }

  toggleStatus(id: number): Promise<NumberingRange> {
    const range = this.find(id);
    range.isActive = !range.isActive;
    return this.get(id);
  }

  delete(id: number): Promise<void> {
    this.find(id);
    this.ranges = this.ranges.filter((range) => range.id !== id);
    return Promise.resolve();
  }

  dianResolutions(): Promise<DianResolution[]> {
    return Promise.resolve([]);
  }

  private find(id: number): NumberingRange {
    const range = this.ranges.find((r) => r.id === id);
    if (!range) throw new NumberingRangeNotFoundError(id);
    return range;
  }
}
