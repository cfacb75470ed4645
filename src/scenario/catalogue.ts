/**
 * Cards and events by id. A loaded scenario is never changed, and role views share its lists, so each list is indexed
 * once; the rules, the bots and the model look cards up thousands of times a game.
 */
import type { Measure, ScenarioEvent } from './schema';

type Item = { id: string };

const indexes = new WeakMap<readonly Item[], ReadonlyMap<string, Item>>();
/** The index used last: runs use one scenario throughout, so most look-ups skip the WeakMap. */
let last: { items: readonly Item[]; index: ReadonlyMap<string, Item> } | undefined;

/** The item with this id; the first of equal ids wins, as with Array.find. */
function byId<T extends Item>(items: readonly T[], id: string): T | undefined {
  if (last?.items !== items) {
    let index = indexes.get(items);
    if (!index) {
      const map = new Map<string, Item>();
      for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
      indexes.set(items, (index = map));
    }
    last = { items, index };
  }
  return last.index.get(id) as T | undefined;
}

/** The scenario's card with this id. */
export function cardById(measures: readonly Measure[], id: string): Measure | undefined {
  return byId(measures, id);
}

/** The scenario's event with this id. */
export function eventById(events: readonly ScenarioEvent[], id: string): ScenarioEvent | undefined {
  return byId(events, id);
}
