import type * as v from 'valibot';
import type {
  ChecklistItemSchema,
  ChecklistSchema,
  ChecklistTextSchema,
  ContentPackSchema,
  DosageSchema,
  DrillSchema,
  DrillStepSchema,
  DrillTextSchema,
  ExerciseSchema,
  ExerciseTextSchema,
  IllustrationSchema,
  ImageMediaSchema,
  MediaItemSchema,
  OfferSchema,
  OfferTextSchema,
  OutcomeSchema,
  POSES,
  RED_FLAG_LEVELS,
  RedFlagSchema,
  RepsSchema,
  SourceSchema,
  VideoMediaSchema,
  VimeoMediaSchema,
  YouTubeMediaSchema,
} from './schema.js';

/** A content pack as written by an author (optional lists may be left out). */
export type ContentPackInput = v.InferInput<typeof ContentPackSchema>;
/** A content pack after validation: every list present. */
export type ContentPack = v.InferOutput<typeof ContentPackSchema>;
export type Exercise = v.InferOutput<typeof ExerciseSchema>;
export type Dosage = v.InferOutput<typeof DosageSchema>;
export type Reps = v.InferOutput<typeof RepsSchema>;
export type Illustration = v.InferOutput<typeof IllustrationSchema>;
export type Pose = (typeof POSES)[number];
/** One item of an exercise's or a drill step's `media`: an image, the clinic's own video, or a YouTube or Vimeo video. */
export type MediaItem = v.InferOutput<typeof MediaItemSchema>;
export type ImageMedia = v.InferOutput<typeof ImageMediaSchema>;
export type VideoMedia = v.InferOutput<typeof VideoMediaSchema>;
export type YouTubeMedia = v.InferOutput<typeof YouTubeMediaSchema>;
export type VimeoMedia = v.InferOutput<typeof VimeoMediaSchema>;
export type Drill = v.InferOutput<typeof DrillSchema>;
export type DrillStep = v.InferOutput<typeof DrillStepSchema>;
export type Checklist = v.InferOutput<typeof ChecklistSchema>;
export type ChecklistItem = v.InferOutput<typeof ChecklistItemSchema>;
export type RedFlag = v.InferOutput<typeof RedFlagSchema>;
/** `emergency` (call now) or `urgent` (be seen the same day). */
export type RedFlagLevel = (typeof RED_FLAG_LEVELS)[number];
export type Outcome = v.InferOutput<typeof OutcomeSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Offer = v.InferOutput<typeof OfferSchema>;

/** An item's words in another language (the `translations` of an exercise, drill, checklist or offer). */
export type ExerciseText = v.InferOutput<typeof ExerciseTextSchema>;
export type DrillText = v.InferOutput<typeof DrillTextSchema>;
export type ChecklistText = v.InferOutput<typeof ChecklistTextSchema>;
export type OfferText = v.InferOutput<typeof OfferTextSchema>;

/** The four kinds a widget can ask the pack for, by the name of their list. */
export type ContentKind = 'exercises' | 'drills' | 'checklists' | 'offers';
