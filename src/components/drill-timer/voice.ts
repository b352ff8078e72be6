/**
 * Spoken step names through the browser's speech synthesis, where there is one. Phones only let a
 * page speak after the reader taps, so `prime()` speaks nothing from the Start tap. Nothing here
 * throws: without speech, or without voices (headless browsers), the timer is simply silent.
 */
const synth = (): SpeechSynthesis | undefined => {
  try {
    return typeof speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance !== 'undefined'
      ? speechSynthesis
      : undefined;
  } catch {
    return undefined;
  }
};

export const voice = {
  get supported() {
    return Boolean(synth());
  },

  prime() {
    this.say('', 'en');
  },

  /** Says `text`, cutting off whatever was being said: the newest step is the one that matters. */
  say(text: string, lang: string) {
    const speech = synth();
    if (!speech) return;
    try {
      speech.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = lang;
      utterance.volume = text ? 1 : 0;
      speech.speak(utterance);
    } catch {
      // No voice today.
    }
  },

  stop() {
    try {
      synth()?.cancel();
    } catch {
      // Nothing to stop.
    }
  },
};
