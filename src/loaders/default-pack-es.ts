// Exports nothing, on purpose: see README.md in this folder.
import { spanish } from '../content/default-pack.es.js';
import { addBuiltInTranslation } from '../content/translate.js';

addBuiltInTranslation('es', spanish);
