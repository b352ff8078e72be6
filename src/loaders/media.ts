// Exports nothing, on purpose: see README.md in this folder. It hands media to src/media/lazy-media.ts.
import { provideMedia } from '../media/lazy-media.js';
import { mediaPart } from '../media/media-part.js';

provideMedia(mediaPart);
