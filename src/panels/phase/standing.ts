/** The vote before counting, at a glance: every open proposal in the order money is settled, passing or not, and its dots. */
import type { VNode } from 'preact';
import { el } from '../../app/view/h';
import type { App } from '../../app/store';
import { dotsFor } from '../../rules/decisionRules';
import { rejectionMessage } from '../../rules/rejectionMessages';
import type { Rejection } from '../../rules/types';
import { dotsCount, OUTCOME, standingHeading } from './outcome.texts';

export type Ballots = Map<string, { failed?: Rejection; place?: number }>;

export function standing(app: App, ballots: Ballots): VNode {
  const { scenario, live, lang } = app.store.getState();
  const { state } = live!;
  const open = state.proposals.filter((p) => ballots.has(p.id));
  const ordered = [...open].sort((a, b) => (ballots.get(a.id)!.place ?? 0) - (ballots.get(b.id)!.place ?? 0));
  const passing = open.filter((p) => !ballots.get(p.id)!.failed).length;
  return el(
    'section',
    { class: 'standing', 'aria-live': 'polite' },
    el('h3', {}, standingHeading(passing, open.length, lang)),
    el('p', { class: 'muted' }, OUTCOME.fundingLater[lang]),
    el(
      'ol',
      { class: 'standing-list' },
      ...ordered.map((p) => {
        const m = scenario!.measures.find((x) => x.id === p.measure)!;
        const district = p.district && scenario!.districts.find((d) => d.id === p.district)?.name[lang];
        const failed = ballots.get(p.id)!.failed;
        const fails = failed !== undefined;
        return el(
          'li',
          { class: fails ? 'fails' : 'passes' },
          el('span', { class: 'mark', 'aria-hidden': 'true' }, fails ? '✗' : '✓'),
          ` ${p.id} · ${m.name[lang]}${district ? ` (${district})` : ''}`,
          state.rule === 'dots' ? el('span', { class: 'muted' }, ` – ${dotsCount(dotsFor(state, p.id), lang)}`) : '',
          failed && failed.code !== 'noDots' ? el('span', { class: 'muted' }, ` – ${rejectionMessage(failed, lang, scenario)}`) : '',
        );
      }),
    ),
  );
}
