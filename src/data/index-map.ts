/**
 * Maps that fill themselves when first read: indexes a large dataset builds on first use instead
 * of at start. Maps filled together share one `LazyGroup`; reading any of them fills the group.
 */
export class LazyGroup {
  private filled = false;

  /** @param fill writes every map of the group; it may read other groups (they fill in turn). */
  constructor(private readonly fill: () => void) {}

  ensure(): void {
    if (this.filled) return;
    this.filled = true;
    this.fill();
  }
}

/** A Map whose entries its group writes when any of its maps is first read. */
export class IndexMap<K, V> extends Map<K, V> {
  constructor(private readonly group: LazyGroup) {
    super();
  }

  override get(key: K): V | undefined {
    this.group.ensure();
    return super.get(key);
  }

  override has(key: K): boolean {
    this.group.ensure();
    return super.has(key);
  }

  override get size(): number {
    this.group.ensure();
    return super.size;
  }

  override keys(): MapIterator<K> {
    this.group.ensure();
    return super.keys();
  }

  override values(): MapIterator<V> {
    this.group.ensure();
    return super.values();
  }

  override entries(): MapIterator<[K, V]> {
    this.group.ensure();
    return super.entries();
  }

  override [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  override forEach(callback: (value: V, key: K, map: Map<K, V>) => void, thisArg?: unknown): void {
    this.group.ensure();
    super.forEach(callback, thisArg);
  }
}
