// Exports nothing, on purpose: see README.md in this folder. It hands its drawings to src/illustrations/poses.ts.
import { bridgePoses } from '../illustrations/drawings/bridge.js';
import { addPoses } from '../illustrations/pose-families.js';

addPoses(bridgePoses);
