// Exports nothing, on purpose: see README.md in this folder.
import { addBuiltInWords } from '../internal/words.js';
import { zh } from '../translations/zh.js';

addBuiltInWords('zh', zh);
