import { describe, expect, it } from 'vitest';
import { addressees, effectPhrases, goal, intendedEffect, placedName } from '../../src/panels/phase/cardWords';
import { gruenau } from '../helpers/scenarios';

const card = (id: string) => gruenau().measures.find((m) => m.id === id)!;

describe('a card’s intended effect in words', () => {
  it('says what each effect changes, scaled, with the direction in words', () => {
    expect(effectPhrases(gruenau(), card('streetwork'), 1, 'en')).toEqual(['less vandalism (2.0\u00a0pts a year)']);
    expect(effectPhrases(gruenau(), card('demolition'), 2, 'de')).toEqual(['400 Wohnungen abgerissen', 'weniger Zusammenhalt (2,0\u00a0Pkt. pro Jahr)']);
  });

  it('names the household classes an attractiveness effect courts', () => {
    // The lifts' pull on retired households, at a strength of 0.02 (2 points on the 0–1 scale).
    const lifts = card('lifts');
    const courting = lifts.effects.filter((e) => e.target === 'attractiveness').map((e) => ({ ...e, amount: 0.02, classes: ['retired'] }));
    expect(courting).toHaveLength(1);
    const [phrase] = effectPhrases(gruenau(), { ...lifts, effects: courting }, 1, 'en');
    expect(phrase).toMatch(/^more attractive to .+ \(2\.0\u00a0pts\)$/);
    expect(phrase).toContain(gruenau().householdClasses.find((c) => c.id === 'retired')!.name.en);
  });

  it('says from which year and for how long the card acts', () => {
    expect(intendedEffect(gruenau(), card('renovation'), 3, 2001, 'en')).toBe('300 flats renovated – acts from 2002 for 2 years');
    expect(intendedEffect(gruenau(), card('demolition'), 1, 2001, 'de')).toContain('– wirkt 2002');
  });

  it('falls back to the fields of action for the goal and to the place for the target group', () => {
    expect(goal(gruenau(), card('youthClub'), 'en')).toBe(gruenau().fieldsOfAction.find((f) => f.id === 'youth')!.name.en);
    expect(addressees(gruenau(), card('youthClub'), 'wk7', 'en')).toBe('the residents of Complex 7');
    expect(addressees(gruenau(), card('neighbourhoodManagement'), undefined, 'de')).toBe('alle im ganzen Quartier');
  });

  it('uses the card’s own goal and addressees when the scenario gives them', () => {
    const own = { ...card('youthClub'), goal: { de: 'Treffpunkt', en: 'A place to meet' }, addressees: { de: 'Jugendliche', en: 'Teenagers' } };
    expect(goal(gruenau(), own, 'en')).toBe('A place to meet');
    expect(addressees(gruenau(), own, 'wk1', 'de')).toBe('Jugendliche');
  });

  it('names a proposal by its card and where it is placed', () => {
    expect(placedName(gruenau(), { measure: 'youthClub', district: 'wk7' }, 'de')).toBe('Offener Jugendtreff – WK 7');
    expect(placedName(gruenau(), { measure: 'neighbourhoodManagement' }, 'en')).toBe('Neighbourhood management');
  });
});
