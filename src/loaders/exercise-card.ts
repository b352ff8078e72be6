// Exports nothing, on purpose: see README.md in this folder.
import '../components/exercise-card/exercise-card.js';
