// Exports nothing, on purpose: see README.md in this folder.
import { addBuiltInWords } from '../internal/words.js';
import { it } from '../translations/it.js';

addBuiltInWords('it', it);
