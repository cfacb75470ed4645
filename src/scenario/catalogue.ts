/**
 * Cards and events by id. A loaded scenario is never changed, and role views share its lists, so each list is indexed
 * once; the rules, the bots and the model look cards up thousands of times a game.
 */
import type { Measure, ScenarioEvent } from './schema';

type Item = { id: string };

/** A look-up by id for one kind of list; the first of equal ids wins, as with Array.find. */
function lookUp<T extends Item>(): (items: readonly T[], id: string) => T | undefined {
  const indexes = new WeakMap<readonly T[], ReadonlyMap<string, T>>();
  // The list used last: runs use one scenario throughout, so most look-ups skip the WeakMap.
  let last: { items: readonly T[]; index: ReadonlyMap<string, T> } | undefined;
  return (items, id) => {
    if (last?.items !== items) {
      let index = indexes.get(items);
      if (!index) {
        const map = new Map<string, T>();
        for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
        indexes.set(items, (index = map));
      }
      last = { items, index };
    }
    return last.index.get(id);
  };
}

/** The scenario's card with this id. */
export const cardById: (measures: readonly Measure[], id: string) => Measure | undefined = lookUp<Measure>();

/** The scenario's event with this id. */
export const eventById: (events: readonly ScenarioEvent[], id: string) => ScenarioEvent | undefined = lookUp<ScenarioEvent>();
