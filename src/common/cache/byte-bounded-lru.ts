/**
 * An LRU cache bounded by the total size of its values in bytes, not by entry count: PDFs range
 * from a few KB to several MB, and memory is what must stay bounded.
 */
export class ByteBoundedLru<V extends { size: number }> {
  private readonly entries = new Map<string, V>();
  private bytes = 0;
  hits = 0;
  misses = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) {
      this.misses += 1;
      return undefined;
    }
    this.hits += 1;
    // Re-insert to mark as most recently used (Map keeps insertion order).
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: string, value: V): void {
    if (value.size > this.maxBytes) return; // would evict everything and still not fit
    const previous = this.entries.get(key);
    if (previous) {
      this.bytes -= previous.size;
      this.entries.delete(key);
    }
    this.entries.set(key, value);
    this.bytes += value.size;
    for (const [oldest, old] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= old.size;
    }
  }

  get sizeInBytes(): number {
    return this.bytes;
  }

  get count(): number {
    return this.entries.size;
  }
}
