/**
 * The screen as Preact nodes, built from text only: scenario text becomes text nodes and is never parsed as HTML
 * (nothing here, or anywhere in src, sets dangerouslySetInnerHTML; test/architecture/text-only.test.ts checks it).
 */
import { Fragment, h, type ComponentChild, type ComponentType, type VNode } from 'preact';

export type Child = ComponentChild;
/** Attributes as the DOM spells them (`class`, `for`, `aria-*`, `data-*`), plus `key`, `ref` and `on…` handlers. */
export type Props = Record<string, unknown>;

/** Attributes that are on when present: `disabled: ''` means disabled, as it did with setAttribute. */
const BOOLEAN = new Set(['disabled', 'hidden', 'checked', 'selected', 'open', 'required', 'multiple', 'autofocus']);

/** An element, or a component given its props. */
export function el(tag: string | ComponentType<any>, attrs: Props = {}, ...children: Child[]): VNode {
  let props = attrs;
  for (const name in attrs) {
    if (BOOLEAN.has(name) && typeof attrs[name] === 'string') {
      props = { ...attrs, [name]: true };
      break;
    }
  }
  return h(tag as string, props, ...children);
}

/** Several nodes side by side without a wrapper element. */
export function fragment(...children: Child[]): VNode {
  return h(Fragment, null, ...children);
}

/** A button with a stable data-key (the keyboard shortcuts and tests find it by that) that runs `onClick`. */
export function button(label: Child, key: string, onClick: () => void, attrs: Props = {}): VNode {
  return el('button', { type: 'button', 'data-key': key, ...attrs, onClick }, label);
}
