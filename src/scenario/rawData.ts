/** Paths into parsed but unvalidated data, and careful reading of it, where any value may have any type. */

/** A place in the data: object keys and list indexes, as in zod issue paths. */
export type Path = readonly (string | number)[];

/** `measures[3].cost`: how a path is shown to people. */
export function formatPath(path: Path): string {
  return path
    .map((segment, index) =>
      typeof segment === 'number'
        ? `[${segment}]`
        : /^[A-Za-z_$][\w$-]*$/.test(segment)
          ? `${index === 0 ? '' : '.'}${segment}`
          : `[${JSON.stringify(segment)}]`,
    )
    .join('');
}

export type RawObject = Record<string, unknown>;

export function isObject(value: unknown): value is RawObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at `path`, or undefined where the data does not go that deep. */
export function valueAt(data: unknown, path: Path): unknown {
  let current = data;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === 'number') current = current[segment];
    else if (isObject(current) && Object.hasOwn(current, segment)) current = current[segment];
    else return undefined;
  }
  return current;
}

/** The objects in the list at `path`, each with its own path; nothing if it is not a list. */
export function objectsAt(data: unknown, path: Path): { item: RawObject; path: Path }[] {
  const list = valueAt(data, path);
  if (!Array.isArray(list)) return [];
  return list.flatMap((item, index) => (isObject(item) ? [{ item, path: [...path, index] }] : []));
}

/** The texts in the list at `path`, each with its own path; nothing if it is not a list. */
export function stringsAt(data: unknown, path: Path): { value: string; path: Path }[] {
  const list = valueAt(data, path);
  if (!Array.isArray(list)) return [];
  return list.flatMap((value, index) => (typeof value === 'string' ? [{ value, path: [...path, index] }] : []));
}
