import pg from 'pg';
import type { ReadCache } from './read-cache.ts';

/** The channel the database's triggers notify (packages/db migration `read_cache_notifications`). */
export const CACHE_CHANNEL = 'preceptor_cache';

/** The part of PGlite's API the listener needs (the embedded database, in this process). */
export interface EmbeddedListenSource {
  listen(channel: string, callback: (payload: string) => void): Promise<() => Promise<void>>;
}

export type CacheFeedSource =
  | { kind: 'postgresql'; connectionString: string }
  | { kind: 'pglite'; pglite: EmbeddedListenSource };

export interface CacheListener {
  /** Stops listening; the cache is bypassed from then on. */
  close(): Promise<void>;
}

export interface CacheListenerOptions {
  /** How often the connection is checked with a query (a silent network loss shows no error). */
  pingEveryMs?: number;
  /** A check that takes longer than this counts as a lost connection. */
  pingTimeoutMs?: number;
  /** Told when the connection drops or cannot be made (the server logs it). */
  onProblem?: (message: string, error?: unknown) => void;
}

/**
 * Feeds a ReadCache from the database's notifications. The cache is active only while the
 * LISTEN is in place; on PostgreSQL one dedicated connection per process, reconnected with
 * back-off when it drops (the cache starts empty each time).
 */
export async function startCacheListener(
  cache: ReadCache,
  source: CacheFeedSource,
  options: CacheListenerOptions = {},
): Promise<CacheListener> {
  if (source.kind === 'pglite') {
    // In this process: the connection cannot drop, so the cache stays active until closed.
    const unlisten = await source.pglite.listen(CACHE_CHANNEL, (payload) => cache.invalidate(payload));
    cache.setActive(true);
    return {
      close: async () => {
        cache.setActive(false);
        await unlisten();
      },
    };
  }
  const listener = new PostgresCacheListener(cache, source.connectionString, options);
  listener.start();
  return listener;
}

class PostgresCacheListener implements CacheListener {
  private client: pg.Client | null = null;
  private closed = false;
  private retryDelayMs = MIN_RETRY_MS;
  private retryTimer: NodeJS.Timeout | null = null;
  private pingTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly cache: ReadCache,
    private readonly connectionString: string,
    private readonly options: CacheListenerOptions,
  ) {}

  start(): void {
    void this.connect();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.stopPinging();
    this.cache.setActive(false);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({
      connectionString: this.connectionString,
      keepAlive: true,
      application_name: 'preceptor read-cache listener',
    });
    this.client = client;
    client.on('notification', (message) => {
      if (message.channel === CACHE_CHANNEL) this.cache.invalidate(message.payload ?? '*');
    });
    client.on('error', (error) => this.lost(client, 'The read cache lost its database connection', error));
    client.on('end', () => this.lost(client, 'The read cache lost its database connection'));
    try {
      await client.connect();
      await client.query(`LISTEN ${CACHE_CHANNEL}`);
    } catch (error) {
      this.lost(client, 'The read cache could not listen for changes', error);
      return;
    }
    if (this.client !== client || this.closed) return;
    this.retryDelayMs = MIN_RETRY_MS;
    this.cache.setActive(true);
    this.startPinging(client);
  }

  /** Bypass and empty the cache at once, then try again after a growing delay. */
  private lost(client: pg.Client, message: string, error?: unknown): void {
    if (this.client !== client) return;
    this.client = null;
    this.cache.setActive(false);
    this.stopPinging();
    client.removeAllListeners('notification');
    client.end().catch(() => {});
    if (this.closed) return;
    this.options.onProblem?.(`${message}; reading from the database until it reconnects.`, error);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.connect();
    }, this.retryDelayMs);
    this.retryDelayMs = Math.min(this.retryDelayMs * 2, MAX_RETRY_MS);
  }

  private startPinging(client: pg.Client): void {
    const every = this.options.pingEveryMs ?? 10_000;
    const timeout = this.options.pingTimeoutMs ?? 5_000;
    this.pingTimer = setInterval(() => {
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeout} ms`)), timeout);
      });
      Promise.race([client.query('SELECT 1'), timedOut])
        .catch((error: unknown) => this.lost(client, 'The read cache connection stopped answering', error))
        .finally(() => clearTimeout(timer));
    }, every);
    this.pingTimer.unref();
  }

  private stopPinging(): void {
    if (this.pingTimer) clearInterval(this.pingTimer);
    this.pingTimer = null;
  }
}

const MIN_RETRY_MS = 100;
const MAX_RETRY_MS = 5_000;
