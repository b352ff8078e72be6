import type { ContentKind, ContentPackInput } from './types.js';

/** When the red flags and sources were last checked against the pages they cite. */
const REVIEWED = '2026-12-07';

/** Routine advice that goes with every result that is not a red flag. */
const ROUTINE_ADVICE =
  'See a GP or physiotherapist if it isn’t getting better after a few weeks, stops you doing everyday things, or you are worried.';

/** "Glutes and a happy lower back": the built-in pack, written from the two source articles in our own words. */
const english = {
  format: 1,
  locale: 'en',
  title: 'Glutes and a happy lower back',
  exercises: [
    {
      id: 'glute-squeeze',
      name: 'Glute squeeze',
      summary:
        'Helps wake up glutes that may be less active after long sitting. You can do it anywhere, even at your desk.',
      muscles: ['Glutes (your buttock muscles)'],
      equipment: [],
      steps: [
        'Sit or stand up tall.',
        'Gently squeeze your buttock muscles together.',
        'Hold the squeeze for 5 seconds. Keep breathing.',
        'Let your muscles relax fully.',
        'Repeat 10–15 times.',
      ],
      cues: ['Squeeze gently. You don’t need to push hard.', 'Keep your shoulders and belly relaxed.'],
      dosage: { sets: 1, reps: { min: 10, max: 15 }, holdSeconds: 5 },
      safety: 'Stop if it hurts more than mild discomfort, or pain spreads down your leg.',
      harder: ['glute-bridge'],
      illustration: {
        pose: 'glute-squeeze',
        alt: 'A person standing tall, gently squeezing their buttock muscles',
      },
    },
    {
      id: 'glute-bridge',
      name: 'Glute bridge',
      summary: 'Helps your glutes wake up and get stronger, so your lower back may do less of the work.',
      muscles: ['Glutes', 'Hamstrings (the back of your thighs)', 'Core'],
      equipment: [],
      steps: [
        'Lie on your back with your knees bent and your feet flat on the floor.',
        'Rest your arms by your sides.',
        'Gently lift your hips off the floor.',
        'Squeeze your glutes at the top.',
        'Lower your hips slowly, with control.',
      ],
      cues: ['Squeeze at the top.', 'Push through your heels.', 'Keep your lower back from arching.'],
      // The articles give no number for a plain bridge: a modest dose, our choice.
      dosage: { reps: { min: 5, max: 10 }, clinicChoice: true },
      safety: 'Stop if it hurts more than mild discomfort, or pain spreads down your leg.',
      easier: ['glute-squeeze'],
      harder: ['banded-glute-bridge', 'step-up'],
      illustration: {
        pose: 'glute-bridge',
        alt: 'A person lying on their back with knees bent, lifting their hips',
      },
    },
    {
      id: 'step-up',
      name: 'Step-up',
      summary: 'Builds strength and steadiness around your hips, for walking and climbing stairs.',
      muscles: ['Glutes', 'Thighs (quadriceps)', 'Hip muscles'],
      equipment: ['A low step'],
      steps: [
        'Stand facing a low step. Hold a rail or a wall if you need to.',
        'Put one whole foot on the step.',
        'Push down through that heel and step up.',
        'Step back down slowly, one foot at a time.',
        'Do all your reps, then switch legs.',
      ],
      cues: ['Drive through your heel.', 'Keep your knee from caving in.'],
      // The articles give no number for step-ups: a modest dose, our choice.
      dosage: { reps: { min: 5, max: 10 }, perSide: true, clinicChoice: true },
      safety: 'Use a steady step. Stop if it hurts more than mild discomfort, or pain spreads down your leg.',
      easier: ['glute-bridge'],
      illustration: {
        pose: 'step-up',
        alt: 'A person stepping up onto a low step, with one foot on the step',
      },
    },
    {
      id: 'clamshell',
      name: 'Clamshell',
      summary: 'Works the side of your glutes, which help keep your hips and knees steady.',
      muscles: ['Side glutes (gluteus medius)', 'Outer hips'],
      equipment: [],
      steps: [
        'Lie on your side with your knees bent and your feet together.',
        'Rest your head on your lower arm or a pillow.',
        'Keep your feet touching and lift your top knee a little.',
        'Lower your knee slowly.',
        'Do all your reps, then turn over and do the other side.',
      ],
      cues: [
        'Keep your feet together.',
        'Keep your hips still. Don’t roll back.',
        'Feel the side of your buttock work.',
      ],
      dosage: { reps: { min: 5, max: 10 }, perSide: true },
      safety: 'Stop if it hurts more than mild discomfort, or pain spreads down your leg.',
      harder: ['reverse-clamshell'],
      illustration: {
        pose: 'clamshell',
        alt: 'A person lying on their side with knees bent, lifting the top knee',
      },
    },
    {
      id: 'banded-glute-bridge',
      name: 'Banded glute bridge',
      summary: 'A glute bridge with bands, so your glutes work harder to hold your knees apart.',
      muscles: ['Glutes', 'Side glutes', 'Hamstrings (the back of your thighs)'],
      equipment: ['2 resistance bands'],
      steps: [
        'Put one band around your lower thighs and one around your ankles.',
        'Lie down on your back. Bend your knees and put your feet flat on the floor. Move your legs apart so the bands are tight.',
        'Push your hips up towards the ceiling.',
        'Squeeze your glutes hard at the top.',
        'Lower your hips slowly, and keep the bands tight.',
      ],
      cues: ['Squeeze hard at the top.', 'Don’t arch your lower back.', 'Keep your knees pressing out on the band.'],
      dosage: { reps: { min: 5, max: 10 } },
      safety: 'Stop if it hurts more than mild discomfort, or pain spreads down your leg.',
      easier: ['glute-bridge'],
      illustration: {
        pose: 'banded-glute-bridge',
        alt: 'A person lying on their back with bands around their thighs and ankles, lifting their hips',
      },
    },
    {
      id: 'reverse-clamshell',
      name: 'Reverse clamshell',
      summary: 'Works your hips in the opposite way to a clamshell. It may feel strange at first.',
      muscles: ['Side glutes', 'Hip muscles that turn your leg inward'],
      equipment: ['A resistance band around your ankles (optional)'],
      steps: [
        'Lie on your side with your knees bent and your knees together.',
        'Keep your knees touching and lift your top foot up, away from the other foot.',
        'Lower your foot slowly.',
        'Do all your reps, then turn over and do the other side.',
      ],
      cues: ['Keep your knees together.', 'Move slowly. It may feel strange at first.'],
      // The drill says "each side" without a number: the clams' 5–10, our choice.
      dosage: { reps: { min: 5, max: 10 }, perSide: true, clinicChoice: true },
      safety: 'Stop if it hurts more than mild discomfort, or pain spreads down your leg.',
      easier: ['clamshell'],
      illustration: {
        pose: 'reverse-clamshell',
        alt: 'A person lying on their side with knees together, lifting the top foot',
      },
    },
    {
      id: 'lateral-band-walk',
      name: 'Lateral band walk',
      summary: 'Small side steps with bands that wake up the side of your glutes and help keep your knees in line.',
      muscles: ['Side glutes', 'Outer hips'],
      equipment: ['2 resistance bands'],
      steps: [
        'Put one band around your lower thighs and one around your ankles.',
        'Stand with your feet apart so the bands are tight. Bend your knees a little.',
        'Set your pelvis in neutral, not tipped forward or back.',
        'Take 5 small steps to one side.',
        'Take 5 small steps back the other way.',
      ],
      cues: ['Keep your knees from caving in.', 'Take small steps and keep the bands tight.'],
      dosage: { reps: 5, unit: 'steps', eachWay: true },
      safety: 'Stop if it hurts more than mild discomfort, or pain spreads down your leg.',
      harder: ['band-walk'],
      illustration: {
        pose: 'lateral-band-walk',
        alt: 'A person in a half squat with bands around their thighs and ankles, stepping to the side',
      },
    },
    {
      id: 'band-walk',
      name: 'Band walk',
      summary: 'Small steps forwards and backwards with bands, to keep your glutes working as you move.',
      muscles: ['Glutes', 'Side glutes', 'Outer hips'],
      equipment: ['2 resistance bands'],
      steps: [
        'Put one band around your lower thighs and one around your ankles.',
        'Stand with your feet apart so the bands are tight. Bend your knees a little.',
        'Set your pelvis in neutral, not tipped forward or back.',
        'Take 5 small steps forwards.',
        'Take 5 small steps backwards to where you started.',
      ],
      cues: ['Keep your knees from caving in.', 'Keep your feet apart the whole time.'],
      dosage: { reps: 5, unit: 'steps', eachWay: true },
      safety: 'Stop if it hurts more than mild discomfort, or pain spreads down your leg.',
      easier: ['lateral-band-walk'],
      illustration: {
        pose: 'band-walk',
        alt: 'A person in a half squat with bands around their thighs and ankles, stepping forwards',
      },
    },
  ],
  drills: [
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
  ],
  checklists: [
    {
      id: 'weak-glutes',
      title: 'Could weak glutes be part of your back pain?',
      intro:
        'Your glutes steady your hips and pelvis. They support your spine when you walk, climb stairs and bend. When they are weak, your lower back can end up doing their work. This checklist is for adults.',
      redFlags: {
        question: 'First, do you have back pain with any of these?',
        // The tiers and sources follow CONTENT.md's red-flag table (NHS, NICE CKS, healthdirect).
        items: [
          {
            id: 'saddle-numbness',
            text: 'Numbness or tingling around your genitals, bottom, back passage or inner thighs, or wiping feels different',
            level: 'emergency',
            sources: ['nhs-back-pain', 'nhs-cauda-equina', 'cks-sciatica'],
          },
          {
            id: 'bladder-bowel',
            text: 'New trouble peeing or not feeling when your bladder is full, or losing bladder or bowel control (not normal for you)',
            level: 'emergency',
            sources: ['nhs-back-pain', 'nhs-cauda-equina'],
          },
          {
            id: 'sex-problems',
            text: 'New problems with sex: erections, ejaculating, or feeling in your genitals',
            level: 'emergency',
            sources: ['nhs-cauda-equina', 'cks-sciatica'],
          },
          {
            id: 'both-legs',
            text: 'Pain, tingling, numbness or weakness in both legs',
            level: 'emergency',
            sources: ['nhs-back-pain'],
          },
          {
            id: 'one-leg-weakness',
            text: 'Weakness in one leg that is new or getting worse',
            level: 'emergency',
            sources: ['cks-sciatica'],
          },
          {
            id: 'serious-fall',
            text: 'The pain started after a serious fall or accident',
            level: 'emergency',
            sources: ['nhs-back-pain'],
          },
          {
            id: 'chest-pain',
            text: 'Chest pain',
            level: 'emergency',
            sources: ['nhs-back-pain'],
            // Chest pain may be the heart: its own words, never "say you have back pain".
            message: {
              title: 'Chest pain: get help now',
              body: [
                'Chest pain can be a sign of a problem with your heart. Call the emergency number now.',
                'Tell them you have chest pain.',
                'Don’t drive yourself. Stop what you are doing, sit down and rest while you wait.',
              ],
            },
          },
          {
            id: 'sudden-severe-pain',
            text: 'Sudden, very bad back pain with tummy pain, or feeling faint, dizzy or clammy',
            level: 'emergency',
            sources: ['nhs-aaa'],
          },
          {
            id: 'fever-unwell',
            text: 'A high temperature, or you feel very unwell',
            level: 'urgent',
            sources: ['nhs-back-pain'],
          },
          {
            id: 'weight-loss',
            text: 'Weight loss you can’t explain',
            level: 'urgent',
            sources: ['nhs-back-pain', 'cks-low-back-pain'],
          },
          {
            id: 'cancer',
            text: 'Cancer, now or in the past',
            level: 'urgent',
            sources: ['cks-low-back-pain'],
          },
          {
            id: 'rest-night-pain',
            text: 'Pain that doesn’t ease when you rest, or is worse at night',
            level: 'urgent',
            sources: ['nhs-back-pain'],
          },
          {
            id: 'cough-sneeze-pain',
            text: 'Pain that is worse when you cough, sneeze or poo',
            level: 'urgent',
            sources: ['nhs-back-pain'],
          },
          {
            id: 'upper-back-pain',
            text: 'Pain high in your back, between your shoulder blades',
            level: 'urgent',
            sources: ['nhs-back-pain'],
          },
          {
            id: 'back-lump',
            text: 'A lump or swelling on your back, or a change in its shape',
            level: 'urgent',
            sources: ['nhs-back-pain'],
          },
          {
            id: 'weak-immune',
            text: 'A weak immune system, for example from chemotherapy or steroids',
            level: 'urgent',
            sources: ['cks-low-back-pain'],
          },
          {
            id: 'osteoporosis-fall',
            text: 'Osteoporosis or long-term steroid use, and a recent fall or strain',
            level: 'urgent',
            sources: ['cks-low-back-pain'],
          },
          {
            id: 'over-50',
            text: 'New back pain, and you are over 50',
            level: 'urgent',
            sources: ['cks-low-back-pain'],
          },
        ],
        emergency: {
          title: 'Get medical help now',
          body: [
            'Call the emergency number now, or go to the nearest emergency department.',
            'Don’t drive yourself. If you can’t call, ask someone to call for you.',
            'Tell them you have back pain, and which of these signs you have.',
            'Don’t do any exercises until you have been checked.',
          ],
        },
        urgent: {
          title: 'See a doctor today',
          body: [
            'Back pain with these signs should be checked by a doctor today.',
            'Don’t start these exercises until a doctor has checked you.',
          ],
        },
      },
      question: 'Which of these have you noticed?',
      items: [
        {
          id: 'back-works-harder',
          text: 'Your lower back seems to work harder than your glutes when you exercise',
          meaning: 'Your back muscles may be doing work your glutes should share.',
        },
        {
          id: 'uneven-pelvis',
          text: 'One hip sits higher than the other, or your pelvis tips forward',
          meaning: 'Your glutes help hold your pelvis level. When they are weak, it can tip or shift.',
        },
        {
          id: 'recurring-tightness',
          text: 'Your lower back or hamstrings (the back of your thighs) keep feeling tight',
          meaning: 'Muscles that cover for weak glutes can get tired and tight.',
        },
        {
          id: 'knees-cave-in',
          text: 'Your knees move in a little when you squat or go up stairs',
          meaning: 'The sides of your glutes help keep your knees in line.',
        },
      ],
      outcomes: [
        {
          id: 'none',
          minScore: 0,
          maxScore: 0,
          title: 'No signs picked',
          body: [
            'You didn’t pick any of the common signs of weak glutes.',
            'Your glutes still do a lot to steady your hips and support your back. Long sitting may leave them less active, so get up and move often.',
            'A couple of gentle moves can help keep your glutes working.',
            'If your back still hurts, other things may be involved.',
            ROUTINE_ADVICE,
          ],
          recommend: ['glute-squeeze', 'glute-bridge'],
        },
        {
          id: 'some',
          minScore: 1,
          maxScore: 2,
          title: 'Some of the signs of weak glutes',
          body: [
            'You picked some of the signs of weak glutes. This is very common.',
            'When your glutes don’t do their share, your lower back muscles can take over. Over time, this can lead to tightness, tiredness and pain.',
            'Start small, with slow and gentle moves. Feeling your glutes start to work matters more than perfect form or heavy weights.',
            ROUTINE_ADVICE,
          ],
          recommend: ['glute-squeeze', 'glute-bridge', 'clamshell'],
        },
        {
          id: 'most',
          minScore: 3,
          maxScore: 4,
          title: 'Many of the signs of weak glutes',
          body: [
            'You picked many of the signs of weak glutes. This is common, and there is a lot you can do.',
            'Weak glutes can leave your lower back muscles doing extra work. Over time, this can bring tightness, tiredness and pain.',
            'Start with the moves below, small, slow and gentle. Feeling your glutes work matters more than perfect form. When they feel easy, try the 3-minute banded glute activation drill.',
            'An Exercise Physiology session can help you build strength safely, at a pace that suits you.',
            ROUTINE_ADVICE,
          ],
          recommend: ['glute-bridge', 'clamshell', 'step-up'],
          drill: 'banded-glute-activation',
        },
      ],
      disclaimer:
        'This is general information, not a diagnosis. If you’re worried, or your pain is severe or getting worse, see a health professional.',
      sources: [
        {
          id: 'nhs-back-pain',
          title: 'NHS: Back pain',
          url: 'https://www.nhs.uk/conditions/back-pain/',
          reviewed: REVIEWED,
        },
        {
          id: 'nhs-cauda-equina',
          title: 'NHS: Cauda equina syndrome',
          url: 'https://www.nhs.uk/conditions/cauda-equina-syndrome/',
          reviewed: REVIEWED,
        },
        {
          id: 'nhs-aaa',
          title: 'NHS: Abdominal aortic aneurysm',
          url: 'https://www.nhs.uk/conditions/abdominal-aortic-aneurysm/',
          reviewed: REVIEWED,
        },
        {
          id: 'cks-sciatica',
          title: 'NICE CKS: Sciatica (lumbar radiculopathy)',
          url: 'https://cks.nice.org.uk/topics/sciatica-lumbar-radiculopathy/',
          reviewed: REVIEWED,
        },
        {
          id: 'cks-low-back-pain',
          title: 'NICE CKS: Low back pain without radiculopathy',
          url: 'https://cks.nice.org.uk/topics/back-pain-low-without-radiculopathy/',
          reviewed: REVIEWED,
        },
        {
          id: 'healthdirect-back-pain',
          title: 'healthdirect (Australia): Back pain',
          url: 'https://www.healthdirect.gov.au/back-pain',
          reviewed: REVIEWED,
        },
        {
          id: 'nice-ng59',
          title: 'NICE guideline NG59: Low back pain and sciatica in over 16s',
          url: 'https://www.nice.org.uk/guidance/ng59',
          reviewed: REVIEWED,
        },
      ],
      // No `reviewedBy` here: a clinic names its own reviewer in its own pack.
    },
  ],
  offers: [
    {
      id: 'exercise-physiology',
      headline: 'Build strength that suits your body',
      body: 'Book an Exercise Physiology session. You’ll learn how to build strength safely, at your own pace, in a way you enjoy.',
      buttonLabel: 'Book an Exercise Physiology session',
      // No printable guide by default: only the site knows where its own is (`resources-href`).
    },
  ],
} satisfies ContentPackInput;

/**
 * Adds one language's words, kept by item id in their own file, to each item as its `translations`:
 * how a site (or a test) can make a copy of the built-in pack that carries a language statically.
 */
export function withTranslation<P extends ContentPackInput>(
  pack: P,
  lang: string,
  words: Record<ContentKind, object>,
): P {
  const add = (kind: ContentKind) =>
    (pack[kind] ?? []).map((item) => {
      const text = (words[kind] as Record<string, unknown>)[item.id];
      return text ? { ...item, translations: { ...item.translations, [lang]: text } } : item;
    });
  return {
    ...pack,
    exercises: add('exercises'),
    drills: add('drills'),
    checklists: add('checklists'),
    offers: add('offers'),
  };
}

/**
 * English only: the built-in pack's other languages (Spanish) are fetched the first time a widget
 * that shows built-in content is in that language (src/content/translate.ts).
 */
export const defaultPack = english;
