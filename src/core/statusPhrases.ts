import { foldLatinText } from "./headerText";
import { languages, statusTopics, statusVocabularies, type StatusTopic, type StatusVocabulary } from "./vocabulary";

/** What a phrase does to its topic: sets it, clears it, or nothing ("belum lunas": not yet paid). */
export type PhraseEffect = "set" | "clear" | "none";

/** One phrase of the status vocabularies, folded for matching. */
export interface StatusPhrase {
  readonly folded: string;
  readonly topic: StatusTopic;
  readonly effect: PhraseEffect;
  /** Thai: matched anywhere, Thai having no spaces between words. */
  readonly thai: boolean;
  /** Only a whole entry of a Status cell ("offered"), never a word inside a note. */
  readonly entryOnly: boolean;
}

const THAI = /[\u0E00-\u0E7F]/;

/**
 * Text folded for status matching: lower case, Latin accents dropped, whitespace runs made one
 * space (see `foldLatinText`).
 *
 * @example
 * foldStatusText("Apstrīdēts") //=> "apstridets"
 */
export function foldStatusText(text: string): string {
  return foldLatinText(text);
}

/**
 * Every phrase of the four vocabularies: the words as listed, and the phrases their negators and
 * resolvers make ("not disputed", "bukan sengketa", "dispute resolved"). A phrase listed by hand
 * wins over a made one of the same text ("tidak bisa dihubungi" is unreachable, though "bisa
 * dihubungi" clears it).
 *
 * @example
 * statusPhrases().find((phrase) => phrase.folded === "bukan sengketa")
 * //=> { folded: "bukan sengketa", topic: "disputed", effect: "clear", thai: false, entryOnly: false }
 */
export function statusPhrases(): readonly StatusPhrase[] {
  return allPhrases;
}

function phrasesOf(vocabulary: StatusVocabulary): { listed: StatusPhrase[]; made: StatusPhrase[] } {
  const listed: StatusPhrase[] = [];
  const made: StatusPhrase[] = [];
  for (const topic of statusTopics) {
    const words = vocabulary.words[topic];
    const clearing = vocabulary.clearing[topic] ?? [];
    for (const word of words) listed.push(phrase(word, topic, "set", false));
    for (const word of vocabulary.statusColumnOnly[topic] ?? []) listed.push(phrase(word, topic, "set", true));
    for (const word of clearing) listed.push(phrase(word, topic, "clear", false));
    for (const word of words) {
      for (const negator of vocabulary.negators) made.push(...joined(negator, word).map((text) => phrase(text, topic, "clear", false)));
      for (const resolver of vocabulary.resolvers) made.push(...joined(word, resolver).map((text) => phrase(text, topic, "clear", false)));
    }
    for (const word of clearing) {
      for (const negator of vocabulary.negators) made.push(...joined(negator, word).map((text) => phrase(text, topic, "none", false)));
    }
  }
  return { listed, made };
}

/** Two words as one phrase; Thai also without the space, as it is usually written. */
function joined(first: string, second: string): string[] {
  const spaced = `${first} ${second}`;
  return THAI.test(first) || THAI.test(second) ? [spaced, `${first}${second}`] : [spaced];
}

function phrase(text: string, topic: StatusTopic, effect: PhraseEffect, entryOnly: boolean): StatusPhrase {
  return { folded: foldStatusText(text), topic, effect, thai: THAI.test(text), entryOnly };
}

function buildPhrases(): readonly StatusPhrase[] {
  const byText = new Map<string, StatusPhrase>();
  const built = languages.map((language) => phrasesOf(statusVocabularies[language]));
  for (const { listed } of built) for (const each of listed) if (!byText.has(each.folded)) byText.set(each.folded, each);
  for (const { made } of built) for (const each of made) if (!byText.has(each.folded)) byText.set(each.folded, each);
  return [...byText.values()];
}

const allPhrases = buildPhrases();
