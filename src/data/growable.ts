/** An append-only list of 32-bit integers in one typed array, doubled as it fills. */
export class IntList {
  private items: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.items = new Int32Array(capacity);
  }

  /** Appends `value`. */
  push(value: number): void {
    if (this.length === this.items.length) {
      const grown = new Int32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length++] = value;
  }

  /** The value at `index` (unchecked). */
  at(index: number): number {
    return this.items[index];
  }

  /** Overwrites the value at `index` (unchecked). */
  set(index: number, value: number): void {
    this.items[index] = value;
  }

  /** The values pushed so far, as an exactly sized array. */
  toArray(): Int32Array {
    return this.items.slice(0, this.length);
  }
}
