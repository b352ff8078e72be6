/** English UI strings: the default, and the shape every other language follows. */
export const en = {
  lang: 'en',
  // Shared
  loading: 'Loading…',
  contentProblem: 'This content could not be shown.',
  knownIds: (ids: string) => `Available: ${ids}.`,
  noneAvailable: 'None are available.',
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
  whatItHelps: 'What it helps',
  muscles: 'Muscles',
  equipment: 'Equipment',
  noEquipment: 'No equipment needed',
  howTo: 'How to do it',
  cues: 'Tips',
  safety: 'Safety',
  easier: 'Easier',
  harder: 'Harder',
  moreDetails: 'How to do it',
  doneToday: 'Done today',
  markDone: 'Mark as done today',
  start: 'Start',
  startLabel: (name: string) => `Start ${name}`,
  // Drill timer
  // (end drill timer)
  // Symptom checklist
  // (end symptom checklist)
  // Book now
  // (end book now)
};

export type Translation = typeof en;
