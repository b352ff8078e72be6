import { builtIn } from '../built-in.js';
import type { ContentPack } from '../types.js';

/** The built-in drills: what a drill timer (and a checklist that recommends one) reads. Part of the built-in pack (../default-pack.ts). */
export const builtInDrills: ContentPack['drills'] = builtIn([
  {
    id: 'banded-glute-activation',
    name: '3-minute banded glute activation',
    purpose:
      'Long sitting may leave your glutes less active. This short drill helps wake them up before you train your legs.',
    equipment: ['2 resistance bands: one for your lower thighs, one for your ankles'],
    setup: [
      'Do a mobility warm-up first.',
      'Put one band around your lower thighs, just above your knees.',
      'Put the other band around your ankles.',
      'Keep your legs apart the whole time, so the bands stay tight.',
    ],
    steps: [
      {
        type: 'reps',
        name: 'Banded glute bridges',
        exercise: 'banded-glute-bridge',
        reps: { min: 5, max: 10 },
        cue: 'Push your hips up and squeeze hard at the top, without arching your lower back.',
      },
      {
        type: 'reps',
        name: 'Clams',
        exercise: 'clamshell',
        reps: { min: 5, max: 10 },
        perSide: true,
        cue: 'Knees apart, ankles together. Feel the outside of your hip working.',
      },
      {
        type: 'reps',
        name: 'Reverse clams',
        exercise: 'reverse-clamshell',
        reps: { min: 5, max: 10 },
        perSide: true,
        cue: 'Knees together, ankles apart. It may feel strange at first.',
        restAfterSeconds: 10,
      },
      {
        type: 'reps',
        name: 'Lateral band walks',
        exercise: 'lateral-band-walk',
        reps: 5,
        unit: 'steps',
        eachWay: true,
        cue: 'Stand with knees a little bent and pelvis in neutral. Take small steps one way, then back. Keep your knees from caving in.',
      },
      {
        type: 'reps',
        name: 'Band walk forwards',
        exercise: 'band-walk',
        reps: 5,
        unit: 'steps',
        cue: 'Small steps forwards. Keep the bands tight.',
      },
      {
        type: 'reps',
        name: 'Band walk backwards',
        exercise: 'band-walk',
        reps: 5,
        unit: 'steps',
        cue: 'Small steps backwards. Keep your knees from caving in.',
      },
    ],
    rounds: 1,
    notes: [
      'Why it helps: long sitting may tip your hips forward. The muscles at the front of your hips can get short and tight, and your glutes may become less active.',
      'Think of your biceps and triceps: when the muscle on one side of a joint works, the one on the other side relaxes. It is only a comparison, but it shows the idea.',
      'By the end, you may feel a warm burn in your glutes. That is normal.',
      'You can repeat the drill between lower-body exercises, or halfway through your session.',
      'This drill wakes your glutes up. It does not make them strong on its own.',
      'To build real strength, your muscles need more load. Over time, move on to exercises with weights.',
    ],
    safety: 'A warm burn is normal. Stop if it hurts more than mild discomfort, or pain spreads down your leg.',
  },
]);
