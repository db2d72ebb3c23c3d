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

describe('first paint gate: what the first chart does not need waits until that chart is painted', () => {
  // Frames run by hand: each call of `frame()` runs the callbacks queued for the next frame.
  let queued: FrameRequestCallback[] = [];
  const frame = () => {
    const now = queued;
    queued = [];
    for (const cb of now) cb(0);
  };
  beforeEach(() => {
    vi.resetModules();
    vi.useFakeTimers();
    queued = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => queued.push(cb));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('a result shown with a chart being drawn: open only once the chart is painted, a frame later', async () => {
    const gate = await load();
    const start = gate.afterFirstPaint(3000);
    const painted = gate.chartDrawing();
    gate.requestEngineAfterPaint();
    frame();
    frame();
    frame();
    expect(await settled(start)).toBe(false);
    expect(gate.firstPaintDone()).toBe(false);
    painted();
    expect(await settled(start)).toBe(false);
    frame();
    expect(await settled(start)).toBe(true);
    expect(gate.firstPaintDone()).toBe(true);
  });

  it('a result shown without a chart: open two frames later', async () => {
    const gate = await load();
    const start = gate.engineMayStart(3000);
    gate.requestEngineAfterPaint();
    frame();
    expect(await settled(start)).toBe(false);
    frame();
    expect(await settled(start)).toBe(true);
  });

  it('a chart that goes away unpainted does not hold the gate once a result was shown', async () => {
    const gate = await load();
    const start = gate.engineMayStart(3000);
    const first = gate.chartDrawing();
    const second = gate.chartDrawing();
    gate.requestEngineAfterPaint();
    frame();
    frame();
    first(false);
    frame();
    expect(await settled(start)).toBe(false);
    second(false);
    expect(await settled(start)).toBe(false);
    frame();
    expect(await settled(start)).toBe(true);
  });

  it('a view loading its code, then its chart mounting in the same commit: the gate waits for that chart', async () => {
    const gate = await load();
    const start = gate.engineMayStart(3000);
    const loadingView = gate.chartDrawing();
    gate.requestEngineAfterPaint();
    frame();
    frame();
    loadingView(false);
    const chart = gate.chartDrawing();
    frame();
    expect(await settled(start)).toBe(false);
    chart();
    frame();
    expect(await settled(start)).toBe(true);
  });

  it('a chart painted before any result opens it too; a second call of its callback is ignored', async () => {
    const gate = await load();
    const start = gate.engineMayStart(3000);
    const painted = gate.chartDrawing();
    const other = gate.chartDrawing();
    painted();
    painted(false);
    frame();
    expect(await settled(start)).toBe(true);
    other(false);
    expect(gate.firstPaintDone()).toBe(true);
  });

  it('a chart that never paints: the fallback opens it', async () => {
    const gate = await load();
    const start = gate.engineMayStart(3000);
    gate.chartDrawing();
    gate.requestEngineAfterPaint();
    frame();
    frame();
    await vi.advanceTimersByTimeAsync(2999);
    expect(await settled(start)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(start)).toBe(true);
  });
});
