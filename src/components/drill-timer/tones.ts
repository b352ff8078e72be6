import { quietly } from '../../internal/quietly.js';
import type { Cue } from './drill-engine.js';

type Sound = Cue['sound'];
interface Note {
  hz: number;
  /** Seconds after the sound's start. */
  at: number;
  length: number;
}

/** Short, soft sine tones: a high pair to work, a low one to rest, a rising run to finish. */
const SOUNDS: Record<Sound, Note[]> = {
  countdown: [{ hz: 660, at: 0, length: 0.12 }],
  work: [
    { hz: 880, at: 0, length: 0.14 },
    { hz: 1175, at: 0.16, length: 0.22 },
  ],
  rest: [{ hz: 523, at: 0, length: 0.3 }],
  finish: [
    { hz: 523, at: 0, length: 0.14 },
    { hz: 659, at: 0.16, length: 0.14 },
    { hz: 784, at: 0.32, length: 0.14 },
    { hz: 1047, at: 0.48, length: 0.35 },
  ],
};

const VOLUME = 0.2;

type AudioContextClass = typeof AudioContext;

/**
 * Cue sounds made with Web Audio (no files). Sounds are scheduled on the audio clock, which keeps
 * time even when the page's own timers are throttled in a background tab. Everything is
 * feature-detected: without Web Audio, or before the reader's first tap, it stays silent.
 */
export class Tones {
  private context?: AudioContext;
  private readonly pending = new Set<{ source: OscillatorNode; gain: GainNode }>();

  /** Creates or wakes the audio context. Call it from a tap or key press: browsers only allow sound to start there. */
  unlock() {
    // Called from a script with no tap behind it (start() from a site's code), a browser would refuse
    // and log a warning for every sound: stay silent instead, until a real tap.
    if (navigator.userActivation && !navigator.userActivation.isActive) return;
    try {
      const Context =
        globalThis.AudioContext ?? (globalThis as { webkitAudioContext?: AudioContextClass }).webkitAudioContext;
      if (!this.context && Context) this.context = new Context();
      const context = this.context;
      if (context?.state === 'suspended') quietly(() => context.resume());
    } catch {
      this.context = undefined;
    }
  }

  /** Plays a sound `delayMs` from now (at once when 0 or less). */
  play(sound: Sound, delayMs = 0) {
    const context = this.context;
    if (!context || context.state === 'closed') return;
    try {
      const start = context.currentTime + Math.max(0, delayMs) / 1000;
      for (const note of SOUNDS[sound]) this.note(context, note, start + note.at);
    } catch {
      // A browser that refuses to schedule simply stays quiet.
    }
  }

  private note(context: AudioContext, note: Note, at: number) {
    const source = context.createOscillator();
    const gain = context.createGain();
    source.frequency.value = note.hz;
    // A fast rise and fall, so no tone starts or ends with a click.
    gain.gain.setValueAtTime(0, at);
    gain.gain.linearRampToValueAtTime(VOLUME, at + 0.01);
    gain.gain.exponentialRampToValueAtTime(0.001, at + note.length);
    source.connect(gain).connect(context.destination);
    const entry = { source, gain };
    this.pending.add(entry);
    source.onended = () => {
      this.pending.delete(entry);
      gain.disconnect();
    };
    source.start(at);
    source.stop(at + note.length + 0.02);
  }

  /** Silences everything scheduled and not yet played. */
  cancel() {
    for (const { source, gain } of this.pending) {
      try {
        gain.disconnect();
        source.stop();
      } catch {
        // Already stopped.
      }
    }
    this.pending.clear();
  }

  close() {
    this.cancel();
    const context = this.context;
    this.context = undefined;
    quietly(() => context?.close());
  }
}
