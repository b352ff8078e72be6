import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { cuePreferences, type CuePreferences } from './cue-preferences.js';
import type { Cue } from './drill-engine.js';
import { Tones } from './tones.js';
import { voice } from './voice.js';

/**
 * Everything a timer does besides showing: sounds, the voice and vibration, within the reader's
 * remembered choices. Every browser feature is optional; none of these calls ever throws.
 */
export class DrillCues implements ReactiveController {
  private preferences: CuePreferences = cuePreferences.get();
  private readonly tones = new Tones();
  private unwatch?: () => void;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Mute or Voice pressed on another timer on the page applies here at once, as it does to the next visit. */
  hostConnected() {
    this.preferences = cuePreferences.get();
    this.unwatch = cuePreferences.watch((preferences) => {
      this.preferences = preferences;
      if (preferences.muted || !preferences.voice) voice.stop();
      if (preferences.muted) this.tones.cancel();
      this.host.requestUpdate();
    });
  }

  /** Lets go of the audio device when the timer leaves the page. */
  hostDisconnected() {
    this.unwatch?.();
    this.tones.close();
    voice.stop();
  }

  get muted() {
    return this.preferences.muted;
  }

  /** The reader's voice choice (kept while muted, which silences it). */
  get voice() {
    return this.preferences.voice;
  }

  get voiceSupported() {
    return voice.supported;
  }

  /** Re-reads the choices, which another timer on the site may have changed. */
  reload() {
    this.preferences = cuePreferences.get();
  }

  /** Call from the reader's tap: browsers (phones above all) only allow sound and speech to start there. */
  unlock() {
    this.tones.unlock();
    if (this.voice && !this.muted) voice.prime();
  }

  /** Replaces the scheduled sounds with `cues` (times on the same clock as `now`). */
  schedule(cues: readonly Cue[], now: number) {
    this.tones.cancel();
    if (this.muted) return;
    for (const cue of cues) this.tones.play(cue.sound, cue.at - now);
  }

  /** A sound now, for a change the reader made (Skip, Back, Done, Start). */
  playNow(sound: Cue['sound']) {
    if (!this.muted) this.tones.play(sound);
  }

  say(text: string, lang: string) {
    if (this.voice && !this.muted) voice.say(text, lang);
  }

  /** Vibrates where the device can, once the reader has used the page (browsers ignore it before). */
  vibrate(pattern: number | number[]) {
    try {
      if (navigator.userActivation?.hasBeenActive === false) return;
      navigator.vibrate?.(pattern);
    } catch {
      // No vibration motor, or not allowed here.
    }
  }

  /** The reader's tap: saved, and heard by every timer on the page (see hostConnected). */
  setMuted(muted: boolean) {
    cuePreferences.set({ ...this.preferences, muted });
    if (!muted) this.unlock();
  }

  setVoice(on: boolean) {
    cuePreferences.set({ ...this.preferences, voice: on });
    if (on) this.unlock();
  }

  /** Silences what is scheduled or being said (pause, skip, removal). */
  stop() {
    this.tones.cancel();
    voice.stop();
  }
}
