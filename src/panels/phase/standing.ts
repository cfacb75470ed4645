/** The count before it happens: every open card in the order money is settled, carried out or not and why, and the programme money left. */
import type { VNode } from 'preact';
import type { App } from '../../app/store';
import { el } from '../../app/view/h';
import { dotsFor } from '../../rules/decisionRules';
import { rejectionMessage } from '../../rules/rejectionMessages';
import { euro } from '../../scenario/numberFormat';
import type { Forecast } from './forecast';
import { dotsCount, OUTCOME, programmesLeftLine, standingHeading } from './outcome.texts';

export function standing(app: App, { ballots, programmes }: Forecast): VNode {
  const { scenario, live, lang } = app.store.getState();
  const { state } = live!;
  const open = state.proposals.filter((p) => ballots.has(p.id));
  const ordered = [...open].sort((a, b) => (ballots.get(a.id)!.place ?? 0) - (ballots.get(b.id)!.place ?? 0));
  const passing = open.filter((p) => !ballots.get(p.id)!.failed).length;
  const short = open.filter((p) => ballots.get(p.id)!.failed?.code === 'fundingShort').length;
  const name = (id: string) => scenario!.programmes.find((g) => g.id === id)?.name[lang] ?? id;
  return el(
    'section',
    { class: 'standing', 'aria-live': 'polite' },
    el('h3', {}, standingHeading(passing, open.length, lang)),
    el('p', { class: short > 0 ? 'standing-short' : 'muted' }, short > 0 ? OUTCOME.someShort[lang] : OUTCOME.countedNow[lang]),
    programmes.length > 0
      ? el('p', { class: 'programmes-left' }, programmesLeftLine(programmes.map((g) => ({ name: name(g.id), left: euro(g.left, lang), budget: euro(g.budget, lang) })), lang))
      : null,
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
          { class: fails ? 'fails' : 'passes', key: p.id },
          el('span', { class: 'mark', 'aria-hidden': 'true' }, fails ? '✗' : '✓'),
          ` ${p.id} · ${m.name[lang]}${district ? ` (${district})` : ''}`,
          state.rule === 'dots' ? el('span', { class: 'muted' }, ` – ${dotsCount(dotsFor(state, p.id), lang)}`) : '',
          failed && failed.code !== 'noDots' ? el('span', { class: failed.code === 'fundingShort' ? 'short' : 'muted' }, ` – ${rejectionMessage(failed, lang, scenario)}`) : '',
        );
      }),
    ),
  );
}
