import type { ContentKind } from '../content/types.js';

const kindNames: Record<ContentKind, string> = {
  exercises: 'exercise',
  drills: 'drill',
  checklists: 'checklist',
  offers: 'booking offer',
};

/** English UI strings: the default, and the shape every other language follows. */
export const en = {
  lang: 'en',
  // Shared
  loading: 'Loading…',
  badSetting: 'This widget was given a setting it can’t use.',
  // Problems shown in place of a widget (the console warning that goes with one stays in English)
  problemContent: 'The content for this widget could not be used.',
  problemNotChosen: (kind: ContentKind) => `No ${kindNames[kind]} was chosen.`,
  problemNotFound: (kind: ContentKind, id: string) => `There is no ${kindNames[kind]} called "${id}".`,
  problemAvailable: (ids: string) => `Available: ${ids}.`,
  problemNone: 'none',
  contentProblem: 'This content could not be loaded, so these exercises can’t be shown.',
  contentMore: (count: string) => `…and ${count} more (see the console).`,
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
  // Drill timer
  drillUntitled: 'Your drill',
  drillStart: 'Start',
  drillNoClock: 'This timer can’t keep time in this browser: its clock gives no time.',
  drillClockGave: (value: string) => `It gave ${value}.`,
  drillCantRun: 'This drill can’t be run.',
  drillCantTime: 'This exercise can’t be timed.',
  drillBoth: 'Choose a drill or an exercise, not both.',
  drillBothDetail: (drill: string, exercise: string) => `This timer has drill="${drill}" and exercise="${exercise}".`,
  drillNoneChosen: 'No drill or exercise was chosen.',
  drillNoneChosenDetail: (drills: string, exercises: string) =>
    `Set drill="…" (${drills}) or exercise="…" (${exercises}).`,
  drillStartLabel: (name: string) => `Start ${name}`,
  drillPause: 'Pause',
  drillResume: 'Resume',
  drillBack: 'Back',
  drillSkip: 'Skip',
  drillDone: 'Done',
  drillRestart: 'Restart',
  drillAgain: 'Do it again',
  drillMute: 'Mute',
  drillVoice: 'Voice',
  drillMore: 'More',
  drillRestartAsk: 'Restart from step 1? This run’s progress is lost.',
  drillRestartYes: 'Yes, restart',
  drillKeepGoing: 'No, keep going',
  drillFocusMode: 'Full screen',
  drillFocusExit: 'Exit full screen',
  drillStepOf: (n: string, total: string) => `Step ${n} of ${total}`,
  drillRestThen: (n: string, total: string) => `Rest, then step ${n} of ${total}`,
  drillStepCount: (count: number, shown: string) => (count === 1 ? '1 step' : `${shown} steps`),
  drillAbout: (time: string) => `about ${time}`,
  drillRest: 'Rest',
  drillRelax: 'Relax',
  drillHold: 'Hold',
  drillSwitchSides: 'Switch sides',
  drillLeft: 'Left side',
  drillRight: 'Right side',
  drillOut: 'One way',
  drillBackWay: 'Back the other way',
  drillRound: (n: string, of: string) => `Round ${n} of ${of}`,
  drillSet: (n: string, of: string) => `Set ${n} of ${of}`,
  drillRep: (n: string, of: string) => `Rep ${n} of ${of}`,
  drillUnit: (unit: 'reps' | 'steps', many: boolean): string =>
    unit === 'steps' ? (many ? 'steps' : 'step') : many ? 'reps' : 'rep',
  drillNext: (what: string) => `Next: ${what}`,
  drillNextFinish: 'Next: the end',
  drillPaused: 'Paused',
  drillYouNeed: 'You need',
  drillBeforeYouStart: 'Before you start',
  drillAboutThis: 'Why it helps, and when to do it',
  drillFirst: (what: string) => `First: ${what}`,
  drillKeys: 'Keys: Space starts or pauses, Enter marks reps done, left and right arrows go back or skip.',
  drillResumeOffer: 'Resume where you left off?',
  drillStartOver: 'Start over',
  drillFinished: 'Well done! You finished.',
  drillFinishedAllSkipped: 'That’s the end. You skipped every step this time.',
  drillTime: 'Time',
  drillStepsDone: 'Steps done',
  drillOf: (done: string, total: string) => `${done} of ${total}`,
  drillMinSec: (min: string, sec: string) => (min === '0' ? `${sec} s` : `${min} min ${sec} s`),
  // Spoken (screen readers and the voice), so written out in full
  drillSayRange: (min: string, max: string) => `${min} to ${max}`,
  drillSaySeconds: (seconds: number, shown: string) => (seconds === 1 ? '1 second' : `${shown} seconds`),
  drillSayMinSec: (min: number, sec: number, shownMin: string, shownSec: string) =>
    [
      min ? (min === 1 ? '1 minute' : `${shownMin} minutes`) : '',
      sec || !min ? (sec === 1 ? '1 second' : `${shownSec} seconds`) : '',
    ]
      .filter(Boolean)
      .join(' '),
  drillSayHold: (seconds: string) => `hold ${seconds}`,
  drillSayFinished: (done: string, total: string, time: string, skippedAll: boolean) =>
    `${skippedAll ? 'That’s the end' : 'Well done! You finished'}: ${done} of ${total} steps in ${time}.`,
  // (end drill timer)
  // Symptom checklist
  checklistStep: (step: number, total: number) => `Step ${step} of ${total}`,
  checklistTickAll: 'Tick all that apply.',
  checklistNoneApply: 'None of these apply',
  checklistContinue: 'Continue',
  checklistBack: 'Back',
  checklistShowResult: 'Show my result',
  checklistStartAgain: 'Start again',
  checklistPrint: 'Print my result',
  checklistClear: 'Clear my answers',
  checklistCall: (number: string) => `Call ${number}`,
  checklistEmergencyGroup: 'Emergency: get help now',
  checklistUrgentGroup: 'Urgent: see a doctor today',
  /** The same-day route: a health line (NHS 111, healthdirect, Healthline), the site's number, or the reader's doctor. */
  checklistCallLine: (name: string, number: string) =>
    name.endsWith(number) ? `Call ${name}` : `Call ${name} on ${number}`,
  checklistSameDayLine: (name: string) => `Call ${name} for advice now, or ask your GP for an appointment today.`,
  checklistSameDaySite: 'Call for advice now, or ask your doctor for an appointment today.',
  checklistSameDayDoctor:
    'Call your doctor and ask to be seen today. If you can’t get an appointment, go to an urgent care clinic.',
  checklistIfWorse: 'If it gets worse, or you notice any of the emergency signs, call the emergency number.',
  checklistReviewedBy: (name: string) => `Checked by ${name}`,
  checklistNothingTicked: 'Tick any that apply to you, or choose “None of these apply”.',
  checklistTickedButNone: (count: number) =>
    count === 1
      ? 'You ticked one of these. Choose “Continue” to see what to do, or untick it if it doesn’t apply.'
      : `You ticked ${count} of these. Choose “Continue” to see what to do, or untick them if they don’t apply.`,
  checklistErrorSummary: 'There is a problem',
  /** Before an error beside its question, for screen readers (the colour and the border show it). */
  checklistErrorPrefix: 'Error:',
  /** Under the recommended drill's name in a checklist result. */
  checklistDrillKind: 'A drill with a timer',
  checklistYouTicked: 'You ticked',
  checklistYourSigns: 'Signs you picked',
  checklistMovesToTry: 'Moves to try',
  checklistSources: 'Sources',
  checklistSourcesReviewed: (date: string) => `Sources, reviewed ${date}`,
  checklistReviewed: (date: string) => `reviewed ${date}`,
  checklistResultAnnouncement: (title: string) => `Your result: ${title}`,
  checklistRemembered: 'Your answers are saved on this device until you clear them.',
  checklistNotRemembered: 'This device can’t save your answers, so they will be gone when you leave this page.',
  checklistCleared: 'Your answers have been cleared.',
  checklistBadNumber: (number: string) => `The emergency number "${number}" can’t be dialled.`,
  checklistBadNumberDetail: 'Use digits only, such as 000, 999, 911 or 112.',
  checklistBadUrgentNumber: (number: string) => `The non-emergency number "${number}" can’t be dialled.`,
  checklistBadUrgentNumberDetail: 'Use digits only, such as 111 or 1800 022 222.',
  checklistNoOutcome: (id: string, score: string) => `The checklist "${id}" has no outcome for a score of ${score}.`,
  // (end symptom checklist)
  // Book now
  bookNewTab: '(opens in a new tab)',
  bookDismiss: 'Dismiss booking banner',
  bookDismissed: (days: number, formatted: string) =>
    days <= 0 ? 'Booking banner hidden.' : `Booking banner hidden for ${formatted} ${days === 1 ? 'day' : 'days'}.`,
  bookUndo: 'Undo',
  bookUndoHint: 'show the booking banner again',
  bookNoLink: 'This booking banner has no link to show.',
  bookNoLinkDetail: 'Add an href attribute, or a link (<a href="…">) inside the element.',
  bookUnsafeLink: 'This booking link was left out because it is not a web, phone or email link.',
  bookResources: 'Get the printable PDF guide',
  // (end book now)
  // Media (images and videos in content)
  mediaVideoOf: (name: string) => `Video: ${name}`,
  mediaPlay: (title: string) => `Play video: ${title}`,
  mediaPlaysFrom: (service: string) => `This video plays from ${service} once you press play.`,
  mediaCaptions: 'Captions',
  mediaVideoAddress: (url: string) => `Video: ${url}`,
  mediaServiceAddress: (service: string, url: string) => `Video on ${service}: ${url}`,
  mediaRefused: 'This picture or video can’t be shown here.',
  // (end media)
};

export type Translation = typeof en;
