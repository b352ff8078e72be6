// Exports nothing, on purpose: see README.md in this folder.
import '../components/book-now/book-now.js';
