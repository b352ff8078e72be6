// Exports nothing, on purpose: see README.md in this folder.
import { addBuiltInWords } from '../internal/words.js';
import { de } from '../translations/de.js';

addBuiltInWords('de', de);
