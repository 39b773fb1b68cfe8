import { describe, expect, it } from 'vitest';
import { ReadCache } from './read-cache.ts';

function counter() {
  let loads = 0;
  return {
    load: async () => ++loads,
    get loads() {
      return loads;
    },
  };
}

describe('ReadCache', () => {
  it('reads the database every time while its feed is not connected', async () => {
    const cache = new ReadCache();
    const source = counter();
    await cache.read('unread:a', () => 'a', source.load);
    await cache.read('unread:a', () => 'a', source.load);
    expect(source.loads).toBe(2);
    expect(cache.stats()).toMatchObject({ size: 0, bypassed: 2 });
  });

  it('keeps a value until a message names its person, or everyone', async () => {
    const cache = new ReadCache();
    cache.setActive(true);
    const source = counter();
    expect(await cache.read('unread:a', () => 'a', source.load)).toBe(1);
    expect(await cache.read('unread:a', () => 'a', source.load)).toBe(1);
    cache.invalidate('p:b,c');
    expect(await cache.read('unread:a', () => 'a', source.load)).toBe(1);
    cache.invalidate('p:c,a');
    expect(await cache.read('unread:a', () => 'a', source.load)).toBe(2);
    cache.invalidate('*');
    expect(await cache.read('unread:a', () => 'a', source.load)).toBe(3);
    expect(cache.stats().size).toBe(1);
  });

  it('drops everything when the feed drops, and stores nothing until it is back', async () => {
    const cache = new ReadCache();
    cache.setActive(true);
    const source = counter();
    await cache.read('journal:a', () => 'a', source.load);
    cache.setActive(false);
    expect(cache.stats().size).toBe(0);
    expect(await cache.read('journal:a', () => 'a', source.load)).toBe(2);
    expect(await cache.read('journal:a', () => 'a', source.load)).toBe(3);
    cache.setActive(true);
    expect(await cache.read('journal:a', () => 'a', source.load)).toBe(4);
    expect(await cache.read('journal:a', () => 'a', source.load)).toBe(4);
  });

  it('does not store what was read before a change to its person arrived', async () => {
    const cache = new ReadCache();
    cache.setActive(true);
    let release: (value: string) => void = () => {};
    const inFlight = cache.read(
      'session:x',
      () => 'a',
      () => new Promise<string>((resolve) => (release = resolve)),
    );
    // The change commits and its message arrives while the query (old snapshot) is running.
    cache.invalidate('p:a');
    release('old');
    expect(await inFlight).toBe('old');
    expect(
      await cache.read(
        'session:x',
        () => 'a',
        async () => 'new',
      ),
    ).toBe('new');
    expect(
      await cache.read(
        'session:x',
        () => 'a',
        async () => 'newer',
      ),
    ).toBe('new');
  });

  it('stores a read when only other people changed meanwhile, never after a lost connection', async () => {
    const cache = new ReadCache();
    cache.setActive(true);
    let release: (value: string) => void = () => {};
    const slow = () => new Promise<string>((resolve) => (release = resolve));
    const first = cache.read('session:x', () => 'a', slow);
    cache.invalidate('p:b');
    release('kept');
    await first;
    expect(
      await cache.read(
        'session:x',
        () => 'a',
        async () => 'reloaded',
      ),
    ).toBe('kept');

    const second = cache.read('session:y', () => 'a', slow);
    cache.setActive(false);
    cache.setActive(true);
    release('stale');
    await second;
    expect(
      await cache.read(
        'session:y',
        () => 'a',
        async () => 'fresh',
      ),
    ).toBe('fresh');
  });

  it('does not store a value whose person is null (an unknown token)', async () => {
    const cache = new ReadCache();
    cache.setActive(true);
    const source = counter();
    await cache.read('session:z', () => null, source.load);
    await cache.read('session:z', () => null, source.load);
    expect(source.loads).toBe(2);
  });

  it('forgets the least recently used values beyond its size', async () => {
    const cache = new ReadCache({ maxEntries: 2 });
    cache.setActive(true);
    const source = counter();
    await cache.read('unread:a', () => 'a', source.load);
    await cache.read('unread:b', () => 'b', source.load);
    await cache.read('unread:a', () => 'a', source.load);
    await cache.read('unread:c', () => 'c', source.load);
    expect(cache.stats().size).toBe(2);
    await cache.read('unread:a', () => 'a', source.load);
    expect(source.loads).toBe(3);
    await cache.read('unread:b', () => 'b', source.load);
    expect(source.loads).toBe(4);
  });
});
