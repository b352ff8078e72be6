// Exports nothing, on purpose: see README.md in this folder. It hands the kinds to src/internal/words.ts.
import { provideEnglishKinds } from '../internal/words.js';
import { englishKinds } from '../translations/en/kinds.js';

provideEnglishKinds(englishKinds);
