/** Named components: each render is counted (renderCount.ts); `memo` ones skip a render when their props are shallowly equal. */
import { Component, type ComponentChild, type FunctionComponent } from 'preact';
import { shallow } from 'zustand/vanilla/shallow';
import { rendered } from './renderCount';

/** A function component under a name, counted when it renders. */
export function component<P extends object>(name: string, render: (props: P) => ComponentChild): FunctionComponent<P> {
  const named = (props: P) => {
    rendered(name);
    return render(props);
  };
  named.displayName = name;
  return named;
}

/** A component that renders again only when one of its props changed (compared with Object.is, one level deep). */
export function memo<P extends object>(name: string, render: (props: P) => ComponentChild, same: (a: P, b: P) => boolean = shallow): FunctionComponent<P> {
  class Memo extends Component<P> {
    static override displayName = name;
    override shouldComponentUpdate(next: P): boolean {
      return !same(this.props as P, next);
    }
    override render(props: P): ComponentChild {
      rendered(name);
      return render(props);
    }
  }
  return Memo as unknown as FunctionComponent<P>;
}
