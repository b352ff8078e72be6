import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
import manifest from '../dist/custom-elements.json';
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
  },
  argTypesEnhancers: [keepStoryControlsApart],
};
export default preview;
