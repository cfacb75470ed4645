/** What a bot game printed: who tabled what, who paid, the outcome, the final scores. */
import type { Scenario } from '../scenario/schema';
import { euro } from '../scenario/numberFormat';
import { rejectionMessage } from '../rules/rejectionMessages';
import type { Scores } from '../rules/scoring';
import type { Proposal, YearRecord } from '../rules/types';
import { textTable } from './table';

const nameOf = (list: readonly { id: string; name: { en: string } }[], id: string) => list.find((x) => x.id === id)?.name.en ?? id;

/** One line per proposal: year, card, place and scale, who tabled it, the verdict and who paid. */
export function decisionLine(scenario: Scenario, year: number, p: Proposal): string {
  const where = p.district ? ` in ${nameOf(scenario.districts, p.district)}` : '';
  const head = `${year} ${p.id} ${nameOf(scenario.measures, p.measure)}${where} ×${p.scale}, tabled by ${nameOf(scenario.roles, p.tabledBy)}`;
  if (p.verdict !== 'passed') return `${head}: ${p.verdict} — ${p.because ? rejectionMessage(p.because, 'en', scenario) : ''}`;
  const payers = Object.entries(p.paid ?? {})
    .filter(([, r]) => r.money > 0.5)
    .map(([role, r]) => `${nameOf(scenario.roles, role)} ${euro(r.money, 'en')}`);
  if (p.programme) payers.push(`${nameOf(scenario.programmes, p.programme.id)} ${euro(p.programme.money, 'en')}`);
  return `${head}: passed — paid by ${payers.join(', ') || 'nobody (no money needed)'}`;
}

export function decisionLines(scenario: Scenario, history: readonly YearRecord[]): string[] {
  return history.flatMap((y) => y.proposals.map((p) => decisionLine(scenario, y.year, p)));
}

export function scoreTable(scenario: Scenario, s: Scores): string {
  const rows = scenario.roles.map((r) => {
    const score = s.roles[r.id]!;
    return [r.name.en, score.objectives.toFixed(1), score.profile.toFixed(1), score.total.toFixed(1)];
  });
  return `${textTable(['role', 'objectives', 'profile', 'total'], rows)}\nshared neighbourhood score: ${s.shared.toFixed(1)}`;
}
