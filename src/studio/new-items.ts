/** What "Add exercise" and the others start from: every required field present, a name to type over. */
import { defaultContent } from '../content/default-content.js';
import type { ContentKind, MediaItem } from '../content/types.js';
import { idsOf, slugify, uniqueId, type Draft } from './draft.js';

const STOP_RULE = 'Stop if it hurts more than mild discomfort, or pain spreads down your leg.';

export function newItem(pack: Draft, kind: ContentKind): Draft {
  const named = (name: string) => ({ id: uniqueId(slugify(name), idsOf(pack, kind)), name });
  switch (kind) {
    case 'exercises':
      return {
        ...named('New exercise'),
        summary: '',
        muscles: [''],
        equipment: [],
        steps: [''],
        cues: [],
        dosage: { reps: 10 },
        safety: STOP_RULE,
      };
    case 'drills':
      return {
        ...named('New drill'),
        purpose: '',
        equipment: [],
        steps: [{ type: 'reps', name: '', reps: 10 }],
        safety: STOP_RULE,
      };
    case 'checklists': {
      // The red flags and their sources are the built-in ones, reviewed by clinicians: a new
      // checklist asks them before any advice from the start, and an author changes them knowingly.
      const { redFlags, sources, disclaimer } = structuredClone(defaultContent.checklists[0]);
      const { name: title, ...rest } = named('New checklist');
      return {
        ...rest,
        title,
        intro: '',
        redFlags,
        question: '',
        items: [{ id: 'sign', text: '', meaning: '' }],
        outcomes: [
          { id: 'none', minScore: 0, maxScore: 0, title: '', body: [''], recommend: [] },
          { id: 'some', minScore: 1, maxScore: 1, title: '', body: [''], recommend: [] },
        ],
        disclaimer,
        sources,
      };
    }
    case 'offers': {
      const { name: headline, ...rest } = named('New booking offer');
      return { ...rest, headline, body: '', buttonLabel: 'Book a session' };
    }
  }
}

/** A new photo or video: its required fields present and empty, for the author to fill in. */
export function newMediaItem(type: MediaItem['type']): Draft {
  switch (type) {
    case 'image':
      return { type, src: '', alt: '' };
    case 'video':
      return { type, src: '', poster: '' };
    default:
      return { type, url: '' };
  }
}
