import { svg, type SVGTemplateResult } from 'lit';
import type { Pose } from '../content/types.js';
import { drawnPose } from './pose-families.js';

/*
 * How the drawings are built (illustration.styles.ts gives the colours, the widths and the motion):
 * - One pictogram body for every pose, in a 240×160 box on the floor line at y 150: a round
 *   `.head`, a thick `.torso`, legs (plain paths) and `.arm`s as round-capped strokes, so a joint
 *   shows as the bend between two limbs. A limb behind the body is `.far` (lighter); a `.far`
 *   group fades as one, so its own joints do not darken where they overlap.
 * - `.floor` is the ground (and the step), `.band` a resistance band, `.arrow` a motion cue.
 * - A low pose (lying, or in a half squat) is seen from closer, so it fills the box: its `.figure`
 *   group is scaled about the floor, limbs and all, the floor line left as it is.
 * - Each drawing is its end pose (hips up, knee open, the step taken): what a reader sees when
 *   motion is reduced, when printed and when the animation has finished.
 * - A `<g class="move">` is a part the animation takes to the start pose and back; its
 *   `data-motion` names its start transform in the stylesheet. It turns about its own origin
 *   (0, 0): a wrapper `<g transform="translate(x y)">` puts that origin on its pivot (a hinge, or
 *   the point a rigid part turns about), and the part is drawn relative to it. A limb whose length
 *   changes on screen (a knee lifting towards the viewer) has its wrapper turned along the limb
 *   too, so the start transform's `scaleX` lengthens it without making it thicker.
 * - Colours and widths are never written here: the widget's stylesheet sets them (strict CSP
 *   pages block inline styles). A standing figure, drawn at full height with no room to be scaled
 *   up, is `.standing`: its limbs are drawn thicker, to match the scaled ones of the other poses.
 * - A lying pose is cut to the part of the box it uses (`poseBoxes`), so the figure fills the
 *   drawing instead of lying under an empty sky.
 * - The drawings come in families (./drawings/), each fetched the first time a page shows one of its
 *   poses (src/loaders/poses-*.ts); the boxes stay here, so a figure's room is kept while it arrives.
 */

/** Each pose's family: its drawings come in one chunk. Each loader exports nothing (src/loaders/README.md). */
const families: Record<Pose, () => Promise<unknown>> = {
  'glute-squeeze': () => import('../loaders/poses-standing.js'),
  'step-up': () => import('../loaders/poses-standing.js'),
  'glute-bridge': () => import('../loaders/poses-bridge.js'),
  'banded-glute-bridge': () => import('../loaders/poses-bridge.js'),
  clamshell: () => import('../loaders/poses-clamshell.js'),
  'reverse-clamshell': () => import('../loaders/poses-clamshell.js'),
  'lateral-band-walk': () => import('../loaders/poses-walk.js'),
  'band-walk': () => import('../loaders/poses-walk.js'),
};

const loading = new Map<Pose, Promise<unknown>>();

/**
 * A pose's drawing, or undefined while its family is on its way: `host`, if given, renders again when
 * it arrives (and its `updateComplete` waits for that). A family that cannot be fetched is said once
 * and its box left empty.
 */
export function poseDrawing(
  pose: Pose,
  host?: { renderWhenArrived(part: Promise<unknown>): void },
): SVGTemplateResult | undefined {
  const drawing = drawnPose(pose, svg);
  if (drawing || !Object.hasOwn(families, pose)) return drawing;
  let arriving = loading.get(pose);
  if (!arriving) {
    arriving = families[pose]().catch((error: unknown) => {
      console.warn(`movewell-widgets: the drawing "${pose}" could not be loaded (${(error as Error).message})`);
    });
    loading.set(pose, arriving);
  }
  host?.renderWhenArrived(arriving);
  return undefined;
}

/**
 * The part of the 240×160 box a lying pose uses, from above its highest point in either pose (the
 * hips up, the knee open) to below the floor line; every other pose uses the whole box.
 */
export const poseBoxes: Partial<Record<Pose, string>> = {
  'glute-bridge': '0 84 240 76',
  'banded-glute-bridge': '0 84 240 76',
  clamshell: '0 50 240 110',
  'reverse-clamshell': '0 50 240 110',
};
