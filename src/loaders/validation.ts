// Exports nothing, on purpose: see README.md in this folder. It hands validation to lazy-validation.ts.
import { provideValidation } from '../content/lazy-validation.js';
import { parseContent, validateContent } from '../content/validate.js';

provideValidation({ parseContent, validateContent });
