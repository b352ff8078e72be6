import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
import manifest from '../dist/custom-elements.json';
import { page } from '../stories/decorators.js';
import '../src/index.js';
import { extractArgTypes, extractComponentDescription, keepStoryControlsApart, useManifest } from './manifest-docs.js';

setCustomElementsManifest(manifest);
useManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: { extractArgTypes, extractComponentDescription },
    // The look: `page` draws the page (font, article column, dark canvas), so the canvas is bare.
    layout: 'fullscreen',
  },
  argTypesEnhancers: [keepStoryControlsApart],
  decorators: [page],
};
export default preview;
