import { describe, expect, it } from 'vitest';
import { reasons } from '../../src/bots/reasons';
import type { Proposal } from '../../src/rules/types';
import { gruenau } from './helpers';

describe('the reasons computer roles give', () => {
  const scenario = gruenau();
  const card = scenario.measures.find((m) => m.appliesTo === 'neighbourhood')!;
  const proposal = { id: 'p1', measure: card.id } as Proposal;
  const share = (money: number, staffTime = 0) => reasons.ownShare(scenario, proposal, { money, staffTime, volunteerHours: 0 });

  it('group thousands as each language writes them', () => {
    expect(share(1_234_567)).toEqual({
      de: `Unser Anteil an ${card.name.de}: 1.234.567 €.`,
      en: `Our share of ${card.name.en}: 1,234,567 €.`,
    });
    expect(share(4_200, 1_500).en).toBe(`Our share of ${card.name.en}: 4,200 € and 1,500 staff hours.`);
    expect(share(999.6).de).toBe(`Unser Anteil an ${card.name.de}: 1.000 €.`);
    expect(share(512).en).toBe(`Our share of ${card.name.en}: 512 €.`);
  });
});
