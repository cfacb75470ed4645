/** News between tabs of this game: a session's new log tail (for tabs that watch it) and who took a session over. */
import type { LogEntry } from '../../rules/types';

export type SessionNews =
  /** Without entries when the tail is long (a file just opened): watching tabs read the database instead. */
  | { kind: 'stored'; id: string; owner: string; base: number; seq: number; from: number; entries?: LogEntry[]; length: number }
  | { kind: 'taken'; id: string; owner: string };

export interface SessionChannel {
  send(news: SessionNews): void;
  listen(hear: (news: SessionNews) => void): void;
}

/** A channel to the other tabs; without BroadcastChannel, one that says nothing and hears nothing. */
export function sessionChannel(): SessionChannel {
  let channel: BroadcastChannel | undefined;
  try {
    channel = new BroadcastChannel('quartier.sessions');
  } catch {
    channel = undefined;
  }
  return {
    send(news) {
      try {
        channel?.postMessage(news);
      } catch {
        // A tab that cannot be told follows the database when it looks next.
      }
    },
    listen(hear) {
      channel?.addEventListener('message', (event: MessageEvent<SessionNews>) => hear(event.data));
    },
  };
}
