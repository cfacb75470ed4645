/** The guided discussion's interface texts and the general questions shown where a scenario brings none of its own. */
import type { DebriefStep, LocalText } from '../../scenario/schema';

export const DISCUSSION_TEXTS = {
  steps: { de: 'Schritt der Diskussion', en: 'Step of the discussion' },
  previous: { de: '← Zurück', en: '← Back' },
  next: { de: 'Weiter →', en: 'Next →' },
  clicker: { de: 'Bild ↓ / Bild ↑ am Presenter blättern durch die Schritte.', en: 'Page Down / Page Up on the clicker step through the discussion.' },
} satisfies Record<string, LocalText>;

export const STEP_TITLES: Record<DebriefStep, LocalText> = {
  happened: { de: 'Was ist passiert?', en: 'What happened?' },
  why: { de: 'Warum?', en: 'Why?' },
  practice: { de: 'Was heißt das für die Praxis?', en: 'What does it mean for practice?' },
};

/** Questions for any scenario: description, analysis, application. */
export const GENERAL_QUESTIONS: Record<DebriefStep, readonly LocalText[]> = {
  happened: [
    { de: 'Wie hat sich das Quartier entwickelt? Was hat Sie überrascht?', en: 'How did the neighbourhood develop? What surprised you?' },
    { de: 'Welche Entscheidung war die wichtigste, und wer hat sie getragen?', en: 'Which decision mattered most, and who carried it?' },
    { de: 'Wie ging es Ihnen in Ihrer Rolle?', en: 'How did it feel to play your role?' },
  ],
  why: [
    { de: 'Welche Kreisläufe haben den Verlauf bestimmt?', en: 'Which feedback loops drove the course?' },
    { de: 'Wo hat Zusammenarbeit genützt, wo ist sie gescheitert, und warum?', en: 'Where did working together pay off, where did it fail, and why?' },
    { de: 'Was lag außerhalb der Reichweite des Quartiers?', en: 'What lay beyond the reach of the neighbourhood?' },
  ],
  practice: [
    { de: 'Was würden Sie in einem echten Quartier anders machen?', en: 'What would you do differently in a real neighbourhood?' },
    { de: 'Welche Zusammenarbeit fehlt dort, wo Sie arbeiten?', en: 'Which cooperation is missing where you work?' },
    { de: 'Was nehmen Sie sich für Ihre eigene Rolle vor?', en: 'What will you do differently in your own role?' },
  ],
};
