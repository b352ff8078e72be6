/** `<mw-content>`'s English words, fetched with it: a page without one has no use for them. */
export const enContent = {
  contentProblem: 'This content could not be loaded, so these exercises can’t be shown.',
  contentMore: (count: string) => `…and ${count} more (see the console).`,
};
