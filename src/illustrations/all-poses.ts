import { svg, type SVGTemplateResult } from 'lit';
import type { Pose } from '../content/types.js';
import { bridgePoses } from './drawings/bridge.js';
import { clamshellPoses } from './drawings/clamshell.js';
import { standingPoses } from './drawings/standing.js';
import { walkPoses } from './drawings/walk.js';

/** Every built-in drawing at once, for the studio's pose picker (widgets fetch only the ones they show). */
export const poses = {
  ...standingPoses(svg),
  ...bridgePoses(svg),
  ...clamshellPoses(svg),
  ...walkPoses(svg),
} as Record<Pose, SVGTemplateResult>;
