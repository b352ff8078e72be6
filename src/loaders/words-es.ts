// Exports nothing, on purpose: see README.md in this folder.
import { addBuiltInWords } from '../internal/words.js';
import { es } from '../translations/es.js';

addBuiltInWords('es', es);
