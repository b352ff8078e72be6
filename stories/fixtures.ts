import type { ContentPackInput } from '../src/content/index.js';

/** A clinic's own pack, as a clinician would write it in JSON (it adds to the built-in pack). */
export const clinicPack: ContentPackInput = {
  format: 1,
  locale: 'en-AU',
  extends: 'default',
  exercises: [
    {
      id: 'wall-sit',
      name: 'Wall sit',
      summary: 'Builds steady strength in your thighs and glutes without moving your joints.',
      muscles: ['Quadriceps', 'Glutes'],
      equipment: ['A clear wall'],
      steps: [
        'Stand with your back flat against a wall, feet a step away from it.',
        'Slide down until your knees are bent, as far as is comfortable.',
        'Hold still and breathe.',
        'Slide back up to stand.',
      ],
      cues: ['Keep your knees over your toes.', 'Press your lower back gently into the wall.'],
      dosage: { sets: 3, holdSeconds: 20, restSeconds: 30 },
      safety: 'Stop if your knees hurt more than a little.',
      easier: ['glute-squeeze'],
      // No drawing: none of the built-in poses is a wall sit, and the card does without one.
    },
  ],
};
