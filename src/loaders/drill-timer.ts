// Exports nothing, on purpose: see README.md in this folder.
import '../components/drill-timer/drill-timer.js';
