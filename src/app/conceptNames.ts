/** The nine components of the integrated action concept (difu 2002), in German and English: one list for every panel. */
import type { ConceptComponent, LocalText } from '../scenario/schema';

export const COMPONENT_NAMES: Record<ConceptComponent, LocalText> = {
  cityFunction: { de: 'Funktion des Gebiets in der Stadt', en: "The area's function in the city" },
  problems: { de: 'Probleme und Potenziale', en: 'Problems and potentials' },
  existingPlans: { de: 'Vorhandene Programme und Pläne', en: 'Existing programmes and plans' },
  vision: { de: 'Leitbild', en: 'Guiding vision' },
  projects: { de: 'Strategien und Projekte', en: 'Strategies and projects' },
  steering: { de: 'Gebietssteuerung und Quartiersmanagement', en: 'Area steering and neighbourhood management' },
  participation: { de: 'Beteiligung', en: 'Participation' },
  evaluation: { de: 'Evaluation', en: 'Evaluation' },
  financing: { de: 'Kosten- und Finanzierungsübersicht', en: 'Cost and financing overview' },
};
