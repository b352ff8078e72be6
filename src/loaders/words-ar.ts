// Exports nothing, on purpose: see README.md in this folder.
import { addBuiltInWords } from '../internal/words.js';
import { ar } from '../translations/ar.js';

addBuiltInWords('ar', ar);
