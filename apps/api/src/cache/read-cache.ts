import { LRUCache } from 'lru-cache';

/**
 * What one server process remembers of sessions and hot per-person reads, kept correct across
 * processes by PostgreSQL: triggers on every table a cached value is read from NOTIFY the people
 * whose values changed (packages/db migration `read_cache_notifications`), and the listener
 * (cache-listener.ts) passes each message to `invalidate`. While the listener is not connected
 * (`active` false: start-up, a dropped connection) nothing is read from or stored in the cache,
 * so a change can never be missed — at worst every request goes to the database, as without it.
 *
 * Every value belongs to one person; a message names people, or '*' for everyone.
 */
export class ReadCache {
  private readonly entries: LRUCache<string, Entry>;
  /** The keys held for each person, so a message about them drops exactly those. */
  private readonly keysOf = new Map<string, Set<string>>();
  /** Counts invalidations; a load remembers the count it started at (see `mayStore`). */
  private sequence = 0;
  /** The latest invalidations, newest last: whose, and at which count. */
  private readonly recent: { sequence: number; person: string }[] = [];
  private listening = false;
  private readonly counters = { hits: 0, misses: 0, bypassed: 0, invalidations: 0, connects: 0 };

  constructor(options: { maxEntries?: number } = {}) {
    this.entries = new LRUCache<string, Entry>({
      max: options.maxEntries ?? 20_000,
      dispose: (entry, key) => this.unindex(entry.person, key),
    });
  }

  /** True while the invalidation feed is connected: only then is anything cached. */
  get active(): boolean {
    return this.listening;
  }

  /**
   * The listener connected (true: the LISTEN is in place) or lost its connection (false). Either
   * way everything held is dropped: messages may have been missed while it was down, and a load
   * that began before now must not be stored.
   */
  setActive(active: boolean): void {
    this.invalidateEveryone();
    this.listening = active;
    if (active) this.counters.connects++;
  }

  /** A message from the feed: 'p:<id>,<id>,…' or '*' (anything else is treated as '*'). */
  invalidate(payload: string): void {
    this.counters.invalidations++;
    if (!payload.startsWith('p:')) {
      this.invalidateEveryone();
      return;
    }
    for (const person of payload.slice(2).split(',')) {
      if (person) this.forget(person);
    }
  }

  /**
   * Drops what is held for one person in this process now, without waiting for the database's
   * message: after a person's own change, so their next request here sees it (the message that
   * follows is for the other processes, and harmless here).
   */
  forget(person: string): void {
    this.remember(person);
    const keys = this.keysOf.get(person);
    if (!keys) return;
    for (const key of [...keys]) this.entries.delete(key);
  }

  /**
   * The cached value under `key`, or `load()`'s, stored as `personOf(value)`'s (not stored when
   * that is null). Bypassed entirely while the feed is down. Callers must not change what they
   * get: the same object is handed to every later reader.
   */
  async read<T>(key: string, personOf: (value: T) => string | null, load: () => Promise<T>): Promise<T> {
    if (!this.listening) {
      this.counters.bypassed++;
      return load();
    }
    const held = this.entries.get(key);
    if (held) {
      this.counters.hits++;
      return held.value as T;
    }
    this.counters.misses++;
    const startedAt = this.sequence;
    const value = await load();
    const person = personOf(value);
    if (person !== null && this.mayStore(person, startedAt)) {
      this.entries.set(key, { value, person });
      let keys = this.keysOf.get(person);
      if (!keys) {
        keys = new Set();
        this.keysOf.set(person, keys);
      }
      keys.add(key);
    }
    return value;
  }

  /** For /metrics and tests. */
  stats(): ReadCacheStats {
    return { active: this.listening, size: this.entries.size, ...this.counters };
  }

  /**
   * A load that began before an invalidation of its person may have read the old rows (its
   * query's snapshot predates the change) yet finish after the message: it must not be stored.
   * When the history no longer reaches back to its start, it is not stored either.
   */
  private mayStore(person: string, startedAt: number): boolean {
    if (!this.listening) return false;
    if (startedAt === this.sequence) return true;
    const oldest = this.recent[0];
    if (!oldest || oldest.sequence > startedAt + 1) return false;
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const change = this.recent[i] as { sequence: number; person: string };
      if (change.sequence <= startedAt) break;
      if (change.person === person || change.person === EVERYONE) return false;
    }
    return true;
  }

  private invalidateEveryone(): void {
    this.remember(EVERYONE);
    this.entries.clear();
    this.keysOf.clear();
  }

  private remember(person: string): void {
    this.sequence++;
    this.recent.push({ sequence: this.sequence, person });
    if (this.recent.length > RECENT_KEPT) this.recent.splice(0, this.recent.length - RECENT_KEPT);
  }

  private unindex(person: string, key: string): void {
    const keys = this.keysOf.get(person);
    if (!keys) return;
    keys.delete(key);
    if (keys.size === 0) this.keysOf.delete(person);
  }
}

export interface ReadCacheStats {
  active: boolean;
  size: number;
  hits: number;
  misses: number;
  /** Reads while the feed was down, straight from the database. */
  bypassed: number;
  /** Messages received from the database. */
  invalidations: number;
  /** Times the feed (re)connected. */
  connects: number;
}

interface Entry {
  value: unknown;
  person: string;
}

const EVERYONE = '*';
/** Enough for the invalidations that arrive while one load's query is in flight. */
const RECENT_KEPT = 1024;

/**
 * `cache.read(...)` when the request has a cache (the server's), otherwise `load()`: services run
 * the same with or without one (tests, jobs).
 */
export function readThrough<T>(
  cache: ReadCache | null | undefined,
  key: string,
  person: string,
  load: () => Promise<T>,
): Promise<T> {
  return cache ? cache.read(key, () => person, load) : load();
}
