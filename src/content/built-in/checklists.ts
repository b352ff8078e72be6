import { builtIn } from '../built-in.js';
import type { ContentPack } from '../types.js';

/** When the red flags and sources were last checked against the pages they cite. */
const REVIEWED = '2026-12-07';

/** Routine advice that goes with every result that is not a red flag. */
const ROUTINE_ADVICE =
  'See a GP or physiotherapist if it isn’t getting better after a few weeks, stops you doing everyday things, or you are worried.';

/** The built-in checklists: what a symptom checklist reads. Part of the built-in pack (../default-pack.ts). */
export const builtInChecklists: ContentPack['checklists'] = builtIn([
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
]);
