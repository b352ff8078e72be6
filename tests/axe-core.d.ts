// axe-core's browser build registers `window.axe`; the tests read it through their own narrow types.
declare module 'axe-core/axe.min.js';
