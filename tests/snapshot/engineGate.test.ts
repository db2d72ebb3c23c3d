import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Module state (one gate per page): each case loads a fresh copy.
const load = () => import('../../src/snapshot/engineGate');
const settled = async (p: Promise<void>) => {
  let done = false;
  void p.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
};

describe('engine gate: the engine starts after the first result, when a view needs it, or never later than the fallback', () => {
  beforeEach(() => {
    vi.resetModules();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('waits until a view asks', async () => {
    const gate = await load();
    const start = gate.engineMayStart(3000);
    expect(await settled(start)).toBe(false);
    gate.requestEngine();
    expect(await settled(start)).toBe(true);
  });

  it('asking before anyone waits opens it for later callers too, and asking twice is harmless', async () => {
    const gate = await load();
    gate.requestEngine();
    gate.requestEngine();
    expect(await settled(gate.engineMayStart(3000))).toBe(true);
  });

  it('without a request, the fallback opens it', async () => {
    const gate = await load();
    const start = gate.engineMayStart(3000);
    await vi.advanceTimersByTimeAsync(2999);
    expect(await settled(start)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(start)).toBe(true);
  });

  it('after paint: without frames (Node) at once', async () => {
    const gate = await load();
    gate.requestEngineAfterPaint();
    expect(await settled(gate.engineMayStart(3000))).toBe(true);
  });
});
