// Exports nothing, on purpose: see README.md in this folder. It hands its drawings to src/illustrations/poses.ts.
import { walkPoses } from '../illustrations/drawings/walk.js';
import { addPoses } from '../illustrations/pose-families.js';

addPoses(walkPoses);
