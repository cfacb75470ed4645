/** A component's subscription to the part of a store it shows: it renders again only when that part changes. */
import { useEffect, useReducer, useRef } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';
import { shallow } from 'zustand/vanilla/shallow';

/**
 * Reads `select(state)` on every render (so it follows the component's props) and renders again when a store change
 * gives a different selection (shallowly compared by default).
 */
export function useSlice<S, T>(store: StoreApi<S>, select: (s: S) => T, same: (a: T, b: T) => boolean = shallow): T {
  const current = select(store.getState());
  const latest = useRef({ select, current });
  latest.current = { select, current };
  const [, renderAgain] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    const check = () => {
      const { select: pick, current: shown } = latest.current;
      if (!same(pick(store.getState()), shown)) renderAgain(undefined);
    };
    // A change between this render and the subscription is not missed.
    check();
    return store.subscribe(check);
  }, [store]);
  return current;
}
