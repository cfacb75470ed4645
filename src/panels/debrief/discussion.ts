/** The guided discussion: what happened, why, what it means for practice, one step at a time with the scenario's questions. */
import type { App } from '../../app/store';
import { memo } from '../../app/view/component';
import { button, el } from '../../app/view/h';
import { DEBRIEF_STEPS, type DebriefStep, type Language, type Scenario } from '../../scenario/schema';
import { choiceGroup, showView } from './choice';
import { SECTION_NAMES } from './debrief.texts';
import { DISCUSSION_TEXTS, STEP_TITLES } from './discussion.texts';
import { questionsFor, stepBy } from './discussionSteps';
import './discussion.css';

const say = (key: keyof typeof DISCUSSION_TEXTS, lang: Language) => DISCUSSION_TEXTS[key][lang];

/** "2 Warum?": the step's number and title. */
export function stepTitle(step: DebriefStep, lang: Language): string {
  return `${DEBRIEF_STEPS.indexOf(step) + 1} ${STEP_TITLES[step][lang]}`;
}

function stepBlock(scenario: Scenario, step: DebriefStep, lang: Language, off: boolean) {
  const number = DEBRIEF_STEPS.indexOf(step) + 1;
  return el(
    'div',
    { class: `debrief-discussion-step${off ? ' debrief-off-screen' : ''}`, 'data-step': step },
    el('h4', { class: 'debrief-discussion-title' }, el('span', { class: 'debrief-discussion-number', 'aria-hidden': 'true' }, String(number)), STEP_TITLES[step][lang]),
    // Scenario text is data: text nodes only.
    el('ul', { class: 'debrief-questions' }, ...questionsFor(scenario, step).map((q) => el('li', {}, q[lang]))),
  );
}

interface DiscussionProps {
  app: App;
  scenario: Scenario;
  lang: Language;
  step: DebriefStep;
  off: boolean;
}

export const Discussion = memo('DebriefDiscussion', ({ app, scenario, lang, step, off }: DiscussionProps) => {
  const first = step === DEBRIEF_STEPS[0];
  const last = step === DEBRIEF_STEPS.at(-1);
  return el(
    'section',
    { class: `debrief-section debrief-discussion${off ? ' debrief-off-screen' : ''}`, 'aria-labelledby': 'debrief-discussion-heading' },
    el('h3', { id: 'debrief-discussion-heading', class: 'debrief-section-heading' }, SECTION_NAMES.discussion[lang]),
    choiceGroup(
      say('steps', lang),
      DEBRIEF_STEPS.map((s) => ({ name: stepTitle(s, lang), key: `debrief-step-${s}`, pressed: s === step, choose: () => showView(app, { step: s }) })),
    ),
    ...DEBRIEF_STEPS.map((s) => stepBlock(scenario, s, lang, s !== step)),
    el(
      'div',
      { class: 'debrief-choice debrief-discussion-nav' },
      button(say('previous', lang), 'debrief-step-previous', () => showView(app, { step: stepBy(step, -1) }), { disabled: first }),
      button(say('next', lang), 'debrief-step-next', () => showView(app, { step: stepBy(step, 1) }), { disabled: last }),
      el('span', { class: 'debrief-discussion-hint' }, say('clicker', lang)),
    ),
  );
});
