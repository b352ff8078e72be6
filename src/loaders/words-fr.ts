// Exports nothing, on purpose: see README.md in this folder.
import { addBuiltInWords } from '../internal/words.js';
import { fr } from '../translations/fr.js';

addBuiltInWords('fr', fr);
