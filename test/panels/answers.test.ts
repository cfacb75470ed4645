import { describe, expect, it } from 'vitest';
import { reasonMessage } from '../../src/bots/reasonMessages';
import { answersByProposal, otherAnswers, type Answer } from '../../src/panels/phase/answers';
import type { LogEntry } from '../../src/rules/types';
import { small } from '../rules/helpers';

const why = (en: string) => ({ de: en, en });
const said = (a: Answer | undefined) => a && reasonMessage(a.reason, 'en', small());

const log: LogEntry[] = [
  { action: { type: 'table', role: 'lwb', measure: 'renovation', district: 'wk1', scale: 1 }, reason: why('we renovate') },
  { action: { type: 'table', role: 'city', measure: 'youthClub', district: 'wk2', scale: 1 } },
  { action: { type: 'next' } },
  { action: { type: 'pledge', role: 'youth', proposal: 'p2', money: 1000 }, reason: why('our share') },
  { action: { type: 'pledge', role: 'city', proposal: 'p1', money: 5 } },
  { action: { type: 'oppose', role: 'residents', proposal: 'p1' }, reason: why('too loud') },
  { action: { type: 'concept', role: 'jobs', component: 'vision', staffTime: 60 }, reason: why('a vision') },
];

describe('the computer roles’ answers', () => {
  it('belong to the proposal they name, or that their table entry created', () => {
    const answers = answersByProposal(log);
    expect(answers.get('p1')?.map((a) => `${a.role}:${a.type}:${said(a)}`)).toEqual(['lwb:table:we renovate', 'residents:oppose:too loud']);
    expect(answers.get('p2')?.map(said)).toEqual(['our share']);
  });

  it('count human table entries too, so later proposals keep their numbers', () => {
    const later: LogEntry[] = [...log, { action: { type: 'table', role: 'jobs', measure: 'qualification', scale: 1 }, reason: why('jobs') }];
    expect(said(answersByProposal(later).get('p3')?.[0])).toBe('jobs');
  });

  it('leave out actions without a reason: people at the table say their own', () => {
    expect(answersByProposal(log).get('p1')?.some((a) => a.role === 'city')).toBe(false);
  });

  it('keep work on the action concept apart', () => {
    expect(otherAnswers(log, 0).map(said)).toEqual(['a vision']);
    expect(otherAnswers(log, 7)).toEqual([]);
  });
});
