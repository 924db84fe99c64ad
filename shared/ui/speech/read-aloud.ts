import type { SpeakReply, SpeakRequest } from './speech.worker';
import { espeakVoice } from '../../speech/voices';

/** A reading under way. */
export interface Reading {
  pause(): void;
  resume(): void;
  stop(): void;
}

export interface ReadingEvents {
  /** Sentence `index` starts to sound. */
  onSentence(index: number): void;
  onEnd(): void;
  onError(): void;
}

/**
 * Reads `sentences` aloud in `language`, one after the other: with the device's own offline voice
 * where it has one (often better than eSpeak), else with eSpeak NG in a worker. Null when neither
 * has a voice for the language. Call it from the tap itself: audio may only start from a gesture.
 */
export async function startReading(language: string, sentences: string[], events: ReadingEvents): Promise<Reading | null> {
  const espeak = espeakVoice(language);
  // Made before any await, while the tap still counts as the user's gesture.
  const audio = espeak ? new AudioContext() : undefined;
  const voice = await deviceVoice(language);
  if (voice) {
    void audio?.close();
    return readWithDevice(voice, sentences, events);
  }
  if (!espeak || !audio) return null;
  return readWithEspeak(audio, espeak, sentences, events);
}

/** A voice installed on the device that works offline, after the browser has listed them. */
async function deviceVoice(language: string): Promise<SpeechSynthesisVoice | undefined> {
  if (typeof speechSynthesis === 'undefined') return undefined;
  let voices = speechSynthesis.getVoices();
  if (voices.length === 0) {
    await new Promise((resolve) => {
      speechSynthesis.addEventListener('voiceschanged', resolve, { once: true });
      setTimeout(resolve, 300);
    });
    voices = speechSynthesis.getVoices();
  }
  return voices.find((v) => v.localService && v.lang.toLowerCase().split(/[-_]/)[0] === language);
}

function readWithDevice(voice: SpeechSynthesisVoice, sentences: string[], events: ReadingEvents): Reading {
  let stopped = false;
  const speak = (index: number) => {
    if (stopped) return;
    if (index >= sentences.length) return events.onEnd();
    const utterance = new SpeechSynthesisUtterance(sentences[index]);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.onstart = () => events.onSentence(index);
    utterance.onend = () => speak(index + 1);
    utterance.onerror = (e) => {
      if (!stopped && e.error !== 'interrupted' && e.error !== 'canceled') events.onError();
    };
    speechSynthesis.speak(utterance);
  };
  speechSynthesis.cancel();
  speak(0);
  return {
    pause: () => speechSynthesis.pause(),
    resume: () => speechSynthesis.resume(),
    stop() {
      stopped = true;
      speechSynthesis.cancel();
    },
  };
}

let worker: Worker | undefined;
let nextId = 0;

/** Speaks one sentence in the (single, shared) eSpeak worker. */
function synthesize(voice: string, text: string): Promise<{ samples: Float32Array; sampleRate: number }> {
  worker ??= new Worker(new URL('./speech.worker.ts', import.meta.url), { type: 'module' });
  const id = nextId++;
  const speaker = worker;
  return new Promise((resolve, reject) => {
    const onReply = ({ data }: MessageEvent<SpeakReply>) => {
      if (data.id !== id) return;
      speaker.removeEventListener('message', onReply);
      if ('error' in data) reject(new Error(data.error));
      else resolve(data);
    };
    speaker.addEventListener('message', onReply);
    speaker.postMessage({ id, voice, text } satisfies SpeakRequest);
  });
}

function readWithEspeak(audio: AudioContext, voice: string, sentences: string[], events: ReadingEvents): Reading {
  let stopped = false;
  let playing: AudioBufferSourceNode | undefined;
  const speech = new Map<number, ReturnType<typeof synthesize>>();
  const prepare = (index: number) => {
    if (index < sentences.length && !speech.has(index)) speech.set(index, synthesize(voice, sentences[index]!));
    return speech.get(index);
  };
  const play = async (index: number) => {
    if (stopped) return;
    if (index >= sentences.length) {
      events.onEnd();
      return void audio.close();
    }
    let sound;
    try {
      sound = await prepare(index)!;
    } catch {
      if (!stopped) events.onError();
      return void audio.close();
    }
    // The next sentence is made while this one sounds, so there is no gap between them.
    prepare(index + 1);
    speech.delete(index);
    if (stopped) return;
    const buffer = audio.createBuffer(1, sound.samples.length, sound.sampleRate);
    buffer.copyToChannel(new Float32Array(sound.samples), 0);
    playing = audio.createBufferSource();
    playing.buffer = buffer;
    playing.connect(audio.destination);
    playing.onended = () => void play(index + 1);
    playing.start();
    events.onSentence(index);
  };
  void play(0);
  return {
    pause: () => void audio.suspend(),
    resume: () => void audio.resume(),
    stop() {
      stopped = true;
      if (playing) playing.onended = null;
      void audio.close();
    },
  };
}
