import type { LanguageCode } from '../shared/languages';

/** Deterministic pseudo-random numbers (mulberry32), so every run writes the same texts. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Syllables that give each script its real byte weight in UTF-8 (Cyrillic and accents take two bytes). */
const SYLLABLES: Partial<Record<LanguageCode, string[]>> = {
  bg: ['ра', 'бо', 'та', 'жи', 'ли', 'ще', 'нос', 'ка', 'пра', 'во', 'здра', 'ве'],
  uk: ['ро', 'бо', 'та', 'жи', 'тло', 'пра', 'ця', 'ві', 'до', 'мі', 'сто', 'ні'],
  pl: ['pra', 'ca', 'mie', 'szka', 'nie', 'zdro', 'wie', 'ą', 'łę', 'ść', 'ko', 'ży'],
  cs: ['prá', 'ce', 'by', 'dle', 'ní', 'zdra', 'ví', 'ř', 'ě', 'ko', 'ší', 'lo'],
  ro: ['mun', 'ca', 'lo', 'cu', 'in', 'ță', 'să', 'nă', 'ta', 'te', 'ri', 'ș'],
};
const LATIN = ['wo', 'nen', 'ver', 'ge', 'mein', 'te', 'be', 'la', 'ting', 'huur', 'zorg', 'werk', 'ar', 'bei', 'der', 'sta'];

function word(random: () => number, language: LanguageCode): string {
  const syllables = SYLLABLES[language] ?? LATIN;
  const n = 1 + Math.floor(random() * 3);
  let w = '';
  for (let i = 0; i < n; i++) w += syllables[Math.floor(random() * syllables.length)];
  return w;
}

/** Words up to about `chars` characters, as a sentence. */
function sentence(random: () => number, language: LanguageCode, chars: number): string {
  const words: string[] = [];
  let length = 0;
  while (length < chars) {
    const w = word(random, language);
    words.push(w);
    length += w.length + 1;
  }
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface TextSizes {
  titleChars: number;
  summaryChars: number;
  bodyChars: number;
}

export const REALISTIC_SIZES: TextSizes = { titleChars: 60, summaryChars: 200, bodyChars: 1_500 };

/** A heading, paragraphs with emphasis, a list and a link: the rich text the hub keeps as it is. */
function body(random: () => number, language: LanguageCode, chars: number): string {
  const parts = [`<h2>${sentence(random, language, 40)}</h2>`];
  let length = parts[0]!.length;
  while (length < chars) {
    const roll = random();
    const part =
      roll < 0.6
        ? `<p>${sentence(random, language, 60)} <strong>${word(random, language)}</strong> ${sentence(random, language, 120)}.</p>`
        : roll < 0.85
          ? `<ul><li>${sentence(random, language, 40)}</li><li>${sentence(random, language, 40)}</li></ul>`
          : `<p><a href="https://www.example.nl/${word(random, 'en')}">${sentence(random, language, 30)}</a></p>`;
    parts.push(part);
    length += part.length;
  }
  return parts.join('');
}

export function translationText(random: () => number, language: LanguageCode, sizes: TextSizes) {
  return {
    title: sentence(random, language, sizes.titleChars),
    summary: `${sentence(random, language, sizes.summaryChars)}.`,
    body: body(random, language, sizes.bodyChars),
  };
}
