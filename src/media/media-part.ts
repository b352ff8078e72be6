import type { MwElement } from '../internal/mw-element.js';
import { adoptPartStyles } from '../internal/styles-for-document.js';
import type { MediaPart } from './lazy-media.js';
import { MediaController } from './media-controller.js';
import { mediaStyles } from './media.styles.js';

/** Each widget's media controller, made the first time it shows media. */
const controllers = new WeakMap<MwElement, MediaController>();

/** Media for any widget: its controller, and its styles adopted by the widgets that show media. */
export const mediaPart: MediaPart = {
  render(host, list, context) {
    let controller = controllers.get(host);
    if (!controller) controllers.set(host, (controller = new MediaController(host)));
    adoptPartStyles(host.shadowRoot, 'media', mediaStyles);
    return controller.render(list, context);
  },
};
