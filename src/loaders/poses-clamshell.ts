// Exports nothing, on purpose: see README.md in this folder. It hands its drawings to src/illustrations/poses.ts.
import { clamshellPoses } from '../illustrations/drawings/clamshell.js';
import { addPoses } from '../illustrations/pose-families.js';

addPoses(clamshellPoses);
