import { Suspense } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { preloadableLazy } from './preloadableLazy';

const Greeting = ({ name }: { name: string }) => <p>你好，{name}</p>;
const render = (Component: (props: { name: string }) => React.ReactNode) =>
  renderToStaticMarkup(
    <Suspense fallback={<span>加载中</span>}>
      <Component name="嘉兴" />
    </Suspense>,
  );

describe('preloadableLazy', () => {
  it('preloaded before its first render: renders the component at once, never the fallback', async () => {
    const load = vi.fn(() => Promise.resolve(Greeting));
    const view = preloadableLazy(load);
    await view.preload();
    expect(render(view.Component)).toBe('<p>你好，嘉兴</p>');
    await view.preload();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('not preloaded: falls back like React.lazy while its module loads', () => {
    const view = preloadableLazy(() => new Promise<typeof Greeting>(() => {}));
    expect(render(view.Component)).toBe('<span>加载中</span>');
  });

  it('a failed fetch is reported and retried by the next preload', async () => {
    const load = vi
      .fn<() => Promise<typeof Greeting>>()
      .mockRejectedValueOnce(new Error('chunk failed'))
      .mockResolvedValueOnce(Greeting);
    const view = preloadableLazy(load);
    await expect(view.preload()).rejects.toThrow('chunk failed');
    await view.preload();
    expect(load).toHaveBeenCalledTimes(2);
    expect(render(view.Component)).toContain('嘉兴');
  });
});
