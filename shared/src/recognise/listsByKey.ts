// A small hash table from numbers to lists, for the tagger's look-up at every start word.

/**
 * Lists by a non-negative integer key (below 2^53), in open addressing over a typed array: the tagger looks up the
 * recognisers to ask by a place's prefix key (prefixKeyAt) at every start word, and a Map costs about
 * three times as much.
 */
export class ListsByKey {
  private bits = 10;
  private keys = new Float64Array(1 << this.bits).fill(-1);
  private lists: (readonly number[])[] = new Array<readonly number[]>(1 << this.bits);
  private count = 0;

  get(key: number): readonly number[] | undefined {
    const mask = this.keys.length - 1;
    for (let slot = this.slotOf(key); ; slot = (slot + 1) & mask) {
      const at = this.keys[slot]!;
      if (at === key) return this.lists[slot];
      if (at === -1) return undefined;
    }
  }

  set(key: number, list: readonly number[]): void {
    // Kept at most half full, so that a look-up meets few other keys.
    if (2 * (this.count + 1) > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let slot = this.slotOf(key);
    while (this.keys[slot] !== -1 && this.keys[slot] !== key) slot = (slot + 1) & mask;
    if (this.keys[slot] === -1) this.count++;
    this.keys[slot] = key;
    this.lists[slot] = list;
  }

  // Fibonacci hashing: the key's bits (its low 32 and the rest, folded together) spread over the slot's.
  private slotOf(key: number): number {
    const high = Math.floor(key / 2 ** 24);
    return Math.imul(high ^ Math.imul(key - high * 2 ** 24, 0x85ebca6b), 0x9e3779b1) >>> (32 - this.bits);
  }

  private grow(): void {
    const { keys, lists } = this;
    this.bits++;
    this.keys = new Float64Array(1 << this.bits).fill(-1);
    this.lists = new Array<readonly number[]>(1 << this.bits);
    this.count = 0;
    keys.forEach((key, slot) => { if (key !== -1) this.set(key, lists[slot]!); });
  }
}
