/** Plays the debrief's reference games away from the page, which stays responsive; each game's year rows go back as it ends. */
import type { Play } from './series';
import { referenceSteps, type ReferenceWork } from './referenceGames';

/** A finished game, then the end (or why the games could not be played). */
export type FromReferenceWorker = { kind: 'play'; play: Play } | { kind: 'done' } | { kind: 'failed'; message: string };

const scope = self as unknown as { onmessage: ((event: MessageEvent<ReferenceWork>) => void) | null; postMessage(message: FromReferenceWorker): void };

scope.onmessage = (event) => {
  try {
    const steps = referenceSteps(event.data, (play) => scope.postMessage({ kind: 'play', play }));
    while (!steps.next().done);
    scope.postMessage({ kind: 'done' });
  } catch (error) {
    scope.postMessage({ kind: 'failed', message: String(error) });
  }
};
