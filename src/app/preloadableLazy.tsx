import { lazy, type ComponentType } from 'react';

/**
 * A code-split component that can also be fetched ahead of use. React.lazy suspends on its first
 * render even when the module is already in memory, and React keeps a fallback it has shown for at
 * least 300 ms; once preloaded, this renders the module's component directly, so switching to it
 * shows no fallback at all.
 */
export function preloadableLazy<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // A failed fetch (server restarted, offline) may be retried by the next render.
        pending = null;
        throw error;
      },
    ));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Preloadable(props: P) {
    const Component = loaded ?? Lazy;
    return <Component {...props} />;
  }
  return { Component: Preloadable, preload };
}
