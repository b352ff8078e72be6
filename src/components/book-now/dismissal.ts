import { STORAGE_PREFIX, safeStorage } from '../../internal/storage.js';

const storage = safeStorage('local');
const DAY = 24 * 60 * 60 * 1000;

/**
 * "Don't show this banner for a while", kept in localStorage as the time it ends. A banner is
 * known by its offer and its link, so two different banners on a site are dismissed apart.
 * When storage is disabled or full, the dismissal lasts for this visit only (see safeStorage).
 * Nothing about the reader is stored.
 */
export const dismissal = {
  key(offerId: string, href: string): string {
    return `${STORAGE_PREFIX}book-now-dismissed:${offerId}:${href}`;
  },

  isDismissed(key: string, now = Date.now()): boolean {
    const until = Number(storage.get(key));
    if (!until) return false;
    if (now < until) return true;
    // Expired: clear it rather than leave it behind.
    storage.remove(key);
    return false;
  },

  /**
   * Remembers a dismissal for `days` (fractions allowed); 0 remembers nothing beyond this page.
   * Returns false when it will not last beyond this visit (0 days, or storage disabled or full).
   */
  remember(key: string, days: number, now = Date.now()): boolean {
    return days > 0 && storage.set(key, String(now + days * DAY));
  },

  /** Undoes a dismissal: the banner shows again, now and on later visits. */
  forget(key: string) {
    storage.remove(key);
  },
};
