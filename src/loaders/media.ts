// Exports nothing, on purpose: see README.md in this folder. It hands media to src/media/lazy-media.ts.
import { addEnglishWords } from '../internal/words.js';
import { provideMedia } from '../media/lazy-media.js';
import { mediaPart } from '../media/media-part.js';
import { enMedia } from '../translations/en/media.js';

// The media's English words come with its code, before any media renders.
addEnglishWords(enMedia);
provideMedia(mediaPart);
