// Exports nothing, on purpose: see README.md in this folder.
import '../components/symptom-checklist/symptom-checklist.js';
