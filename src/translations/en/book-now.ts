/** The booking banner's English words, fetched with it. */
export const enBookNow = {
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
};
