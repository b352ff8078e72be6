import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
import manifest from '../dist/custom-elements.json';
import { page } from '../stories/decorators.js';
import '../src/index.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    // The look: `page` draws the page (font, article column, dark canvas), so the canvas is bare.
    layout: 'fullscreen',
  },
  decorators: [page],
};
export default preview;
