// Exports nothing, on purpose: see README.md in this folder.
import '../components/content/content.js';
