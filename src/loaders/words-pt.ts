// Exports nothing, on purpose: see README.md in this folder.
import { addBuiltInWords } from '../internal/words.js';
import { pt } from '../translations/pt.js';

addBuiltInWords('pt', pt);
