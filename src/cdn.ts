/** The single-file build for a `<script type="module">` tag: everything, Lit included. */
export * from './index.js';
