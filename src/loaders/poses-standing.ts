// Exports nothing, on purpose: see README.md in this folder. It hands its drawings to src/illustrations/poses.ts.
import { standingPoses } from '../illustrations/drawings/standing.js';
import { addPoses } from '../illustrations/pose-families.js';

addPoses(standingPoses);
