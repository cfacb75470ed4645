/** The marks on the course's time axis: people's decisions, events and seat changes round by round, their effects, and the honest name of the group's line. */
import { describe, expect, it } from 'vitest';
import { beginGame, playBotGame } from '../../src/bots/autoplay';
import { roundExplanation } from '../../src/rules/explanations';
import { defaultSeats } from '../../src/rules/game';
import { withTime } from '../../src/rules/gameLength';
import { gameLineName } from '../../src/panels/debrief/annotations.texts';
import { computerRoles, courseMarkers, markedSpan, type CourseMarker } from '../../src/panels/debrief/courseMarkers';
import { keyDecisions } from '../../src/panels/debrief/keyDecisions';
import { markerEffect } from '../../src/panels/debrief/markerEffect';
import { botGame, driven, gameWithPeople, gruenau } from '../bots/helpers';

const scenario = gruenau();
const PEOPLE = ['city', 'residents'];

const withPeople = gameWithPeople(scenario, 11, PEOPLE);
const of = <K extends CourseMarker['kind']>(markers: readonly CourseMarker[], kind: K) => markers.filter((m): m is Extract<CourseMarker, { kind: K }> => m.kind === kind);

describe('the marks of a game with people', () => {
  const rounds = courseMarkers(scenario, withPeople);
  const summary = keyDecisions(scenario, withPeople);

  it('gives every finished round its entry, with its years', () => {
    expect(rounds.map((r) => r.year)).toEqual(withPeople.state.history.map((h) => h.year));
    expect(rounds.map((r) => r.until)).toEqual(summary.years.map((y) => y.until));
  });

  it('marks exactly the proposals the key decisions star, passed or failed, with the same people', () => {
    const starred = summary.years.flatMap((y) => [...y.passed.flatMap((l) => l.measures), ...y.failed.flatMap((f) => f.measures)].flatMap((m) => m.places).filter((p) => p.people.length > 0));
    const decisions = rounds.flatMap((r) => of(r.markers, 'decision'));
    expect(decisions.map((d) => d.proposal.id).sort()).toEqual(starred.map((p) => p.proposal).sort());
    for (const d of decisions) expect(d.people).toEqual(starred.find((p) => p.proposal === d.proposal.id)!.people);
    expect(decisions.some((d) => d.proposal.verdict === 'passed')).toBe(true);
    // Each is marked in the round it was decided in, under the lead role of its card.
    for (const r of rounds) for (const d of of(r.markers, 'decision')) expect([d.year, d.proposal.year, d.lead]).toEqual([r.year, r.year, scenario.measures.find((m) => m.id === d.proposal.measure)!.lead]);
  });

  it('marks every event of the round, each once, and no seat change where none was made', () => {
    for (const [i, r] of rounds.entries()) expect(of(r.markers, 'event').map((e) => e.event)).toEqual(withPeople.state.history[i]!.events);
    expect(rounds.flatMap((r) => of(r.markers, 'seat'))).toEqual([]);
    const ids = rounds.flatMap((r) => r.markers.map((m) => m.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("books a passed decision's effect in its district as the rounds' explanations do, from its round on, and a failed one none", () => {
    const history = withPeople.state.history;
    const here = (d: Extract<CourseMarker, { kind: 'decision' }>) => (p: { verdict: string; measure: string; district?: string }) => p.verdict === 'passed' && p.measure === d.proposal.measure && p.district === d.proposal.district;
    // A card passed in its district once in the whole game: its effect is all of its cause there from its round to the end.
    const once = rounds.flatMap((r) => of(r.markers, 'decision')).find((d) => d.proposal.verdict === 'passed' && d.proposal.district && history.flatMap((h) => h.proposals).filter(here(d)).length === 1)!;
    const effect = markerEffect(scenario, withPeople, once)!;
    const from = history.findIndex((h) => h.year === once.year);
    const booked = history.slice(from).map((record) => roundExplanation(scenario, withPeople, record)!.districts[once.proposal.district!]!);
    expect(effect).toMatchObject({ district: once.proposal.district, years: [once.year, history.at(-1)!.year], shared: 0 });
    expect(effect.changes.length).toBeGreaterThan(0);
    for (const { indicator, value } of effect.changes) expect(value).toBeCloseTo(booked.reduce((sum, b) => sum + (b[indicator]?.[`measure:${once.proposal.measure}`] ?? 0), 0), 12);
    const failed = rounds.flatMap((r) => of(r.markers, 'decision')).find((d) => d.proposal.verdict !== 'passed');
    if (failed) expect(markerEffect(scenario, withPeople, failed)).toBeUndefined();
  });

  it('names the line plainly while people held a third of the roles and the computer four of six', () => {
    expect(computerRoles(scenario, withPeople)).toEqual({ computer: 4, roles: 6 });
    expect(gameLineName(4, 6, 'en')).toBe('Your game (computer played 4 of 6 roles)');
    expect(gameLineName(4, 6, 'de')).toBe('Ihr Spiel (4 von 6 Rollen vom Computer)');
    expect(gameLineName(3, 6, 'en')).toBe('Your game');
  });
});

describe('the marks of a game in rounds of two years', () => {
  const played = withTime(scenario, { turns: 7, turnLength: 2 });
  const live = playBotGame(played, 5, defaultSeats(played), { explain: false });
  const rounds = courseMarkers(played, live);

  it("marks the events of the round's further years with their own year, and no decision where only the computer played", () => {
    for (const [i, r] of rounds.entries()) {
      const record = live.state.history[i]!;
      const expected = [...record.events.map((event) => [record.year, event]), ...(record.later ?? []).flatMap((l) => l.events.map((event) => [l.year, event]))];
      expect(of(r.markers, 'event').map((e) => [e.year, e.event])).toEqual(expected);
    }
    expect(rounds.flatMap((r) => of(r.markers, 'decision'))).toEqual([]);
    expect(computerRoles(played, live)).toEqual({ computer: 6, roles: 6 });
  });

  it("shades a round's two years up to the next round's start, and an event's one year", () => {
    const withEvent = rounds.find((r) => of(r.markers, 'event').length > 0)!;
    const event = of(withEvent.markers, 'event')[0]!;
    expect(markedSpan(played, live, event.id)).toEqual([event.year, event.year + 1]);
    expect(markedSpan(played, live, 'nothing')).toBeUndefined();
    expect(markedSpan(played, live, null)).toBeUndefined();
    const effect = markerEffect(played, live, event);
    expect(effect?.district).toBeNull();
  });
});

describe('the seat changes of a game', () => {
  it('marks a seat handed to a person and back in the round it happened, with the seat before and after', () => {
    const game = driven(scenario, beginGame(scenario, 3, defaultSeats(scenario)));
    const before = game.live.state.seats.city!;
    game.to('review');
    game.go({ type: 'next' });
    game.go({ type: 'seat', role: 'city', controller: 'human' });
    // Handing it to a person again changes nothing, so it is no mark.
    game.go({ type: 'seat', role: 'city', controller: 'human' });
    game.to('review');
    game.go({ type: 'next' });
    game.go({ type: 'seat', role: 'city', controller: 'bot', stance: 'cooperative' });
    game.to('review');
    game.go({ type: 'next' });
    const rounds = courseMarkers(scenario, game.live);
    const seats = rounds.map((r) => of(r.markers, 'seat').map(({ year, role, from, to }) => ({ year, role, from, to })));
    expect(seats).toEqual([
      [],
      [{ year: rounds[1]!.year, role: 'city', from: before, to: { controller: 'human', stance: before.stance } }],
      [{ year: rounds[2]!.year, role: 'city', from: { controller: 'human', stance: before.stance }, to: { controller: 'bot', stance: 'cooperative' } }],
    ]);
    const [handed] = of(rounds[1]!.markers, 'seat');
    expect(markedSpan(scenario, game.live, handed!.id)).toEqual([rounds[1]!.year, rounds[1]!.until + 1]);
    expect(markerEffect(scenario, game.live, handed!)).toBeUndefined();
  });
});

it('counts the computer as holding every role when no person ever sat down', () => {
  expect(computerRoles(scenario, botGame('mixed', 11).live)).toEqual({ computer: 6, roles: 6 });
});
