import { builtIn } from '../built-in.js';
import type { ContentPack } from '../types.js';

/** The built-in booking offers: what a booking banner reads. Part of the built-in pack (../default-pack.ts). */
export const builtInOffers: ContentPack['offers'] = builtIn([
  {
    id: 'exercise-physiology',
    headline: 'Build strength that suits your body',
    body: 'Book an Exercise Physiology session. You’ll learn how to build strength safely, at your own pace, in a way you enjoy.',
    buttonLabel: 'Book an Exercise Physiology session',
    // No printable guide by default: only the site knows where its own is (`resources-href`).
  },
]);
