/** Mistakes in how a command was called: reported as one sentence and the usage line, never a stack trace. */
export class UsageError extends Error {}

/** A whole number from an option, within bounds. */
export function wholeNumber(option: string, text: string, min: number, max: number): number {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(`${option} must be a whole number from ${min} to ${max}, got "${text}"`);
  }
  return n;
}
