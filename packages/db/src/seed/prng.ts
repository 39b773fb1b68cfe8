/**
 * A tiny seeded PRNG so the demo people come out identical on every run and machine.
 * Each person gets a generator seeded from their own email, so adding someone to the
 * roster never reshuffles everybody else.
 */

/** FNV-1a: a stable 32-bit hash of a string, used only to derive seeds. */
function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with the given probability. */
  chance(probability: number): boolean;
  /** One element; the list must not be empty. */
  pick<T>(items: readonly T[]): T;
  /** `count` distinct elements in a stable pseudo-random order. */
  sample<T>(items: readonly T[], count: number): T[];
}

/** mulberry32: small, fast and good enough for demo data (not for anything secret). */
export function createRandom(seed: number | string): Random {
  let state = typeof seed === 'string' ? hashString(seed) : seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: <T>(items: readonly T[]): T => {
      const item = items[int(0, items.length - 1)];
      if (item === undefined) throw new Error('pick() from an empty list');
      return item;
    },
    sample: <T>(items: readonly T[], count: number): T[] => {
      // Partial Fisher–Yates on a copy: the caller's list is left alone.
      const pool = [...items];
      const taken: T[] = [];
      while (taken.length < count && pool.length > 0) {
        const [item] = pool.splice(int(0, pool.length - 1), 1);
        if (item !== undefined) taken.push(item);
      }
      return taken;
    },
  };
}
