/**
 * Orders scored candidates best first (higher score, then earlier candidate) only as far as a
 * reader needs: the first page of a million hits selects ten with a small heap instead of sorting
 * the million. The order is exactly that of a stable sort by descending score.
 */
export class Ranking {
  /** Candidate indexes in rank order, as far as ranked so far. */
  private ranked: Int32Array = new Int32Array(0);

  /**
   * @param scores the score of each candidate, in candidate order (ties keep that order).
   */
  constructor(private readonly scores: Float64Array) {}

  get length(): number {
    return this.scores.length;
  }

  /** The score of candidate `candidate`. */
  scoreOf(candidate: number): number {
    return this.scores[candidate];
  }

  /** The candidate index at `rank` (0 is the best); ranks further when needed. */
  candidateAt(rank: number): number {
    if (rank >= this.ranked.length) this.ranked = this.best(Math.min(this.length, Math.max(rank + 1, this.ranked.length * 2, 32)));
    return this.ranked[rank];
  }

  /** Every candidate in rank order. */
  order(): Int32Array {
    const { scores } = this;
    return Int32Array.from(scores.keys()).sort((a, b) => scores[b] - scores[a] || a - b);
  }

  /** True when candidate `a` ranks before candidate `b`. */
  private before(a: number, b: number): boolean {
    const { scores } = this;
    return scores[a] > scores[b] || (scores[a] === scores[b] && a < b);
  }

  /** The best `k` candidates in rank order, selected with a heap whose root is the worst kept. */
  private best(k: number): Int32Array {
    const heap = new Int32Array(k);
    let size = 0;
    for (let candidate = 0; candidate < this.length; candidate++) {
      if (size < k) {
        heap[size] = candidate;
        this.siftUp(heap, size++);
      } else if (this.before(candidate, heap[0])) {
        heap[0] = candidate;
        this.siftDown(heap, size);
      }
    }
    return heap.sort((a, b) => (this.before(a, b) ? -1 : 1));
  }

  private siftUp(heap: Int32Array, at: number): void {
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!this.before(heap[parent], heap[at])) return;
      [heap[parent], heap[at]] = [heap[at], heap[parent]];
      at = parent;
    }
  }

  private siftDown(heap: Int32Array, size: number): void {
    for (let at = 0; ; ) {
      const left = 2 * at + 1;
      const right = left + 1;
      let worst = at;
      if (left < size && this.before(heap[worst], heap[left])) worst = left;
      if (right < size && this.before(heap[worst], heap[right])) worst = right;
      if (worst === at) return;
      [heap[worst], heap[at]] = [heap[at], heap[worst]];
      at = worst;
    }
  }
}
