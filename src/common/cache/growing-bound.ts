/**
 * lru-cache options that bound a cache to `entries` entries while letting it grow as it fills.
 * With `max`, lru-cache allocates its arrays for every entry up front: a 100,000-entry cache with
 * a TTL held 5 MB of an idle replica's memory while empty. Bounded by `maxSize` instead, each
 * entry counting 1, it evicts the same way (least recently used first) but allocates only as
 * entries arrive.
 */
export function growingBound(entries: number): { maxSize: number; sizeCalculation: () => number } {
  return { maxSize: entries, sizeCalculation: () => 1 };
}
