import { afterEach, describe, expect, it } from 'vitest';
import { createTabSync, storageEventSyncForTests, type TabSync } from '../../src/storage/tabSync';

const KEY = 'luzhi-dataset-current';

/** A localStorage stand-in that keeps what was written (and can refuse writes, like a full or blocked one). */
function memoryStorage({ refuse = false } = {}) {
  const data = new Map<string, string>();
  const storage = {
    setItem: (k: string, v: string) => {
      if (refuse) throw new DOMException('full', 'QuotaExceededError');
      data.set(k, v);
    },
    getItem: (k: string) => data.get(k) ?? null,
  } as unknown as Storage;
  return { data, storage };
}

/** What the browser fires in the other tabs when one writes to localStorage. */
const storageEvent = (key: string | null, newValue: string | null) =>
  Object.assign(new Event('storage'), { key, newValue });

describe('tab messages through the storage event (no BroadcastChannel)', () => {
  it('each announcement writes a fresh value, so announcing the same version twice still reaches the others', () => {
    const { data, storage } = memoryStorage();
    const sync = storageEventSyncForTests(storage, new EventTarget());
    sync.announce('v1');
    const first = data.get(KEY)!;
    sync.announce('v1');
    const second = data.get(KEY)!;
    expect(JSON.parse(first)).toMatchObject({ versionId: 'v1' });
    expect(JSON.parse(second)).toMatchObject({ versionId: 'v1' });
    expect(second).not.toBe(first);
    sync.announce(null);
    expect(JSON.parse(data.get(KEY)!)).toMatchObject({ versionId: null });
  });

  it('a storage that refuses the write does not make the commit fail', () => {
    const { storage } = memoryStorage({ refuse: true });
    expect(() => storageEventSyncForTests(storage, new EventTarget()).announce('v1')).not.toThrow();
  });

  const events: { name: string; event: Event; heard: Array<string | null> }[] = [
    {
      name: 'our key with a version',
      event: storageEvent(KEY, '{"versionId":"v7","nonce":"1"}'),
      heard: ['v7'],
    },
    {
      name: 'our key back to the bundled data',
      event: storageEvent(KEY, '{"versionId":null,"nonce":"2"}'),
      heard: [null],
    },
    { name: 'another key', event: storageEvent('other', '{"versionId":"v7"}'), heard: [] },
    { name: 'our key removed (newValue null)', event: storageEvent(KEY, null), heard: [] },
    { name: 'storage cleared (key null)', event: storageEvent(null, null), heard: [] },
    { name: 'our key holding something that is not JSON', event: storageEvent(KEY, 'not json'), heard: [] },
  ];
  it.each(events)('$name → heard $heard', ({ event, heard }) => {
    const target = new EventTarget();
    const sync = storageEventSyncForTests(memoryStorage().storage, target);
    const got: Array<string | null> = [];
    sync.listen((id) => got.push(id));
    expect(() => target.dispatchEvent(event)).not.toThrow();
    expect(got).toEqual(heard);
  });

  it('a listener that unsubscribed hears nothing more', () => {
    const target = new EventTarget();
    const sync = storageEventSyncForTests(memoryStorage().storage, target);
    const got: Array<string | null> = [];
    const stop = sync.listen((id) => got.push(id));
    target.dispatchEvent(storageEvent(KEY, '{"versionId":"a","nonce":"1"}'));
    stop();
    target.dispatchEvent(storageEvent(KEY, '{"versionId":"b","nonce":"2"}'));
    expect(got).toEqual(['a']);
  });
});

describe('tab messages through BroadcastChannel', () => {
  const opened: TabSync[] = [];
  const stops: Array<() => void> = [];
  afterEach(() => {
    for (const stop of stops.splice(0)) stop();
    opened.length = 0;
  });

  /** Waits until `heard` holds `count` messages (BroadcastChannel delivers asynchronously). */
  const heardAfter = async (heard: unknown[], count: number) => {
    while (heard.length < count) await new Promise((r) => setTimeout(r, 5));
    return heard;
  };

  it('another tab hears each version announced, the bundled data (null) included, until it stops listening', async () => {
    const a = createTabSync(globalThis)!;
    const b = createTabSync(globalThis)!;
    const heard: Array<string | null> = [];
    const stop = b.listen((id) => heard.push(id));
    a.announce('v1');
    a.announce(null);
    expect(await heardAfter(heard, 2)).toEqual(['v1', null]);
    stop();
    const c = createTabSync(globalThis)!;
    const heardByC: Array<string | null> = [];
    stops.push(c.listen((id) => heardByC.push(id)));
    a.announce('v2');
    // c hears v2, so the message went out; b, unsubscribed, did not
    expect(await heardAfter(heardByC, 1)).toEqual(['v2']);
    expect(heard).toEqual(['v1', null]);
  });

  it('talks on the channel every build of the app listens to (a tab still on an older build hears it too)', async () => {
    const olderTab = new BroadcastChannel('luzhi-dataset');
    const heard: unknown[] = [];
    olderTab.onmessage = (e: MessageEvent) => heard.push(e.data);
    createTabSync(globalThis)!.announce('v9');
    const [message] = await heardAfter(heard, 1);
    olderTab.close();
    expect(message).toMatchObject({ versionId: 'v9', nonce: expect.any(String) });
  });
});

describe('choosing how tabs talk', () => {
  const listeningTarget = () => {
    const target = new EventTarget();
    return { addEventListener: target.addEventListener.bind(target), target };
  };

  it('uses the storage event where there is localStorage and no BroadcastChannel', () => {
    const { data, storage } = memoryStorage();
    const { addEventListener, target } = listeningTarget();
    const env = { localStorage: storage, addEventListener } as unknown as typeof globalThis;
    const sync = createTabSync(env)!;
    const heard: Array<string | null> = [];
    sync.listen((id) => heard.push(id));
    sync.announce('v3');
    target.dispatchEvent(storageEvent(KEY, data.get(KEY)!));
    expect(heard).toEqual(['v3']);
  });

  it.each([
    { name: 'nothing at all', env: {} },
    { name: 'localStorage but no events', env: { localStorage: memoryStorage().storage } },
    { name: 'events but no localStorage', env: { addEventListener: () => undefined } },
    {
      name: 'localStorage blocked by the browser settings',
      env: Object.defineProperties(
        { addEventListener: () => undefined },
        {
          localStorage: {
            get() {
              throw new DOMException('blocked', 'SecurityError');
            },
          },
        },
      ),
    },
  ])('no way to tell other tabs when there is $name', ({ env }) => {
    expect(createTabSync(env as unknown as typeof globalThis)).toBeNull();
  });
});
