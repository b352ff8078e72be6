/**
 * The families of drawings that have arrived. Kept apart from ./poses.ts, and free of Lit: a
 * family's chunk imports only this and its drawings (Lit's `svg` is handed in when one is drawn).
 */
import type { SVGTemplateResult } from 'lit';
import type { Pose } from '../content/types.js';

/** Lit's `svg` tag. */
export type SvgTag = (strings: TemplateStringsArray, ...values: unknown[]) => SVGTemplateResult;

/** Drawings of built-in poses, each in a 240×160 box and drawn in the end pose. */
export type PoseDrawings = Partial<Record<Pose, SVGTemplateResult>>;

const families: ((svg: SvgTag) => PoseDrawings)[] = [];
let drawn: PoseDrawings | undefined;

/** A family's loader calls this with its drawings. */
export function addPoses(family: (svg: SvgTag) => PoseDrawings) {
  families.push(family);
  drawn = undefined;
}

/** A pose's drawing, if its family has arrived. */
export function drawnPose(pose: Pose, svg: SvgTag): SVGTemplateResult | undefined {
  drawn ??= Object.assign({}, ...families.map((family) => family(svg))) as PoseDrawings;
  return drawn[pose];
}
