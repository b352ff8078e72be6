import type { ContentKind } from '../../content/types.js';

const kindNames: Record<ContentKind, string> = {
  exercises: 'exercise',
  drills: 'drill',
  checklists: 'checklist',
  offers: 'booking offer',
};

/**
 * English words every page with a widget carries: shared ones, problems, dosage and the exercise card's
 * (every widget can show a card or its dosage). Each other widget's words come with that widget.
 */
export const enShared = {
  lang: 'en',
  // Shared
  loading: 'Loading…',
  badSetting: 'This widget was given a setting it can’t use.',
  // Problems shown in place of a widget (the console warning that goes with one stays in English)
  problemContent: 'The content for this widget could not be used.',
  problemNotChosen: (kind: ContentKind) => `No ${kindNames[kind]} was chosen.`,
  problemNotFound: (kind: ContentKind, id: string) => `There is no ${kindNames[kind]} called "${id}".`,
  problemAvailable: (ids: string) => `Available: ${ids}.`,
  // Dosage, as in "2 sets of 10–15 · hold 5 s · each side"
  sets: (count: number) => (count === 1 ? '1 set' : `${count} sets`),
  setsOf: (sets: string, reps: string) => `${sets} of ${reps}`,
  reps: (count: string, many: boolean) => (many ? `${count} reps` : `${count} rep`),
  steps: (count: string, many: boolean) => (many ? `${count} steps` : `${count} step`),
  hold: (seconds: string) => `hold ${seconds} s`,
  rest: (seconds: string) => `rest ${seconds} s`,
  eachSide: 'each side',
  eachWay: 'each way',
  // Exercise card
  muscles: 'Muscles',
  equipment: 'Equipment',
  noEquipment: 'No equipment needed',
  howTo: 'How to do it',
  cues: 'Tips',
  safety: 'Safety',
  /** Where a pack's own safety line is missing (a drill without one, a custom drill). */
  stopRule: 'Stop if it hurts more than mild discomfort, or pain spreads down your leg.',
  easier: 'Easier',
  harder: 'Harder',
  cuesAndSafety: 'Tips and safety',
  moreDetails: 'Steps and tips',
  doneToday: 'Done today',
  markDone: 'Mark as done today',
  /** Under the dosage when a pack marks the numbers `clinicChoice`: its own suggestion, not a dose from its sources. */
  dosageClinicChoice: 'Suggested numbers, not a fixed dose: go by how you feel.',
  start: 'Start',
  startLabel: (name: string) => `Start ${name}`,
};
