import { defaultPack } from './default-pack.js';
import type { ContentPack } from './types.js';

/** The built-in pack, typed as validated content (the tests validate it against the schema). */
export const defaultContent: ContentPack = defaultPack;
