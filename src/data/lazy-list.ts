/**
 * A read-only array whose items are made when first read: a list of a million search hits can
 * be counted and paged without building a million objects. It behaves as a plain array for
 * reading (indexes, `length`, iteration, `slice`, `map`, JSON); each item is made once.
 */
export function lazyList<T>(length: number, itemAt: (index: number) => T): readonly T[] {
  const made = new Map<number, T>();
  const indexOf = (key: string | symbol): number | null => {
    if (typeof key !== 'string') return null;
    const index = Number(key);
    return Number.isInteger(index) && index >= 0 && index < length && String(index) === key ? index : null;
  };
  const read = (index: number): T => {
    let item = made.get(index);
    if (item === undefined && !made.has(index)) made.set(index, (item = itemAt(index)));
    return item as T;
  };
  return new Proxy<T[]>([], {
    get(target, key, receiver) {
      if (key === 'length') return length;
      const index = indexOf(key);
      return index === null ? Reflect.get(target, key, receiver) : read(index);
    },
    has: (target, key) => indexOf(key) !== null || Reflect.has(target, key),
    ownKeys: (target) => [...Array.from({ length }, (_, index) => String(index)), ...Reflect.ownKeys(target)],
    getOwnPropertyDescriptor(target, key) {
      if (key === 'length') return { value: length, writable: true, enumerable: false, configurable: false };
      const index = indexOf(key);
      if (index === null) return Reflect.getOwnPropertyDescriptor(target, key);
      return { value: read(index), writable: false, enumerable: true, configurable: true };
    },
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  });
}
