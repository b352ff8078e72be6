/** The symptom checklist's English words, fetched with the checklist. */
export const enSymptomChecklist = {
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
};
