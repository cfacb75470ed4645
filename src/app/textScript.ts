/**
 * Texts that classic scripts beside index.html bring (src/build/scenarioData.ts): a further scenario, the model card's
 * description. Each script loads once, when its text is first asked for; classic scripts load from file:// too.
 */
const loading = new Map<string, Promise<string>>();

type Filled = Record<string, Record<string, string> | undefined>;

/** The text `script` puts under `key` in the global `global`; rejected when the script cannot be loaded or holds none. */
export function textFromScript(script: string, global: string, key: string): Promise<string> {
  let found = loading.get(script);
  if (!found) {
    found = new Promise<string>((resolve, reject) => {
      const tag = document.createElement('script');
      tag.src = script;
      tag.onload = () => {
        const text = (globalThis as unknown as Filled)[global]?.[key];
        if (text === undefined) reject(new Error(`${script} holds no text for ${key}`));
        else resolve(text);
      };
      tag.onerror = () => reject(new Error(`${script} cannot be loaded`));
      document.head.append(tag);
    });
    // A failed load may be tried again (the folder may have been copied without it).
    found.catch(() => loading.delete(script));
    loading.set(script, found);
  }
  return found;
}
