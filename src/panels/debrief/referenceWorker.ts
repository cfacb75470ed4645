/** Plays the debrief's reference games away from the page, which stays responsive; each game's year rows and final scores go back as it ends. */
import { referenceSteps, type ReferenceGame, type ReferenceWork } from './referenceGames';

/** A finished game, then the end (or why the games could not be played). */
export type FromReferenceWorker = { kind: 'play'; play: ReferenceGame } | { kind: 'done' } | { kind: 'failed'; message: string };

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
