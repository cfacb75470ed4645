import { describe, expect, it } from 'vitest';
import { programmeFits } from '../../src/rules/funding';
import { gruenau } from '../helpers/scenarios';

describe('a programme limited to some cards', () => {
  const scenario = gruenau();
  const programme = { ...scenario.programmes[0]!, fields: undefined, capital: 'both' as const, measures: ['demolition'] };
  const card = (id: string) => scenario.measures.find((m) => m.id === id)!;

  it('funds the cards it names and no other card of the same field', () => {
    expect(programmeFits(programme, card('demolition'), 2005)).toBe(true);
    expect(programmeFits(programme, card('renovation'), 2005)).toBe(false);
  });

  it('funds every card of its fields when it names none', () => {
    expect(programmeFits({ ...programme, measures: undefined }, card('renovation'), 2005)).toBe(true);
  });
});
