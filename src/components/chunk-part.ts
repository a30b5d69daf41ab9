import { lazy, type ComponentType } from 'react';

/**
 * A part of the page whose code is a chunk of its own (so that the first bundle stays small),
 * which can be loaded before it is first rendered. Rendered once its code is here, it is drawn
 * in that same render; rendered before, it suspends as any `React.lazy` part does (its Suspense
 * fallback shows meanwhile), and code that cannot load is its error boundary's error.
 */
export interface ChunkPart<P extends object> {
  Component: ComponentType<P>;
  /** Starts loading the code (once); resolves when it is here. */
  load: () => Promise<unknown>;
}

type Module<P> = { default: ComponentType<P> };

export function chunkPart<P extends object>(load: () => Promise<ComponentType<P>>): ChunkPart<P> {
  let loaded: Module<P> | null = null;
  let loading: Promise<Module<P>> | null = null;
  const start = () => (loading ??= load().then((component) => (loaded = { default: component })));
  // React.lazy calls its loader once, at the first render, and takes any thenable: one that
  // answers at once (the code is here already) is rendered without suspending.
  const Component = lazy(() =>
    loaded
      ? ({
          then: (take: (module: Module<P>) => void) => take(loaded as Module<P>),
        } as unknown as Promise<Module<P>>)
      : start(),
  );
  return { Component, load: start };
}
