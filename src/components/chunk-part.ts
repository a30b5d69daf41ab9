import { createElement, lazy, type ComponentType } from 'react';

/**
 * A part of the page whose code is a chunk of its own (so that the first bundle stays small),
 * which can be loaded before it is first rendered. Rendered once its code is here, it is drawn
 * at once; rendered before, it suspends as `React.lazy` does and its Suspense fallback shows
 * meanwhile. Which of the two it is is settled at its first render and kept, so that a part
 * drawn by the lazy way is never swapped for the other (which would mount it afresh and lose
 * what the reader had put in it).
 */
export interface ChunkPart<P extends object> {
  Component: ComponentType<P>;
  /** Starts loading the code (once); resolves when it is here. */
  load: () => Promise<unknown>;
}

export function chunkPart<P extends object>(load: () => Promise<ComponentType<P>>): ChunkPart<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const start = () =>
    (loading ??= load().then((component) => {
      loaded = component;
      return component;
    }));
  const Lazy = lazy(() => start().then((component) => ({ default: component })));
  let chosen: ComponentType<P> | null = null;
  function Component(props: P) {
    chosen ??= loaded ?? (Lazy as unknown as ComponentType<P>);
    return createElement(chosen, props);
  }
  return { Component, load: start };
}
