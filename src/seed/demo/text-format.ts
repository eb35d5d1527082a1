/** Small text helpers for filling the Dutch templates. */

/** Replaces {name} placeholders; an unknown placeholder is a bug in a template, so it throws. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_match, key: string) => {
    const value = values[key];
    if (value === undefined)
      throw new Error(`template placeholder {${key}} has no value: ${template}`);
    return value;
  });
}

// Words that keep their capital in the middle of a sentence: laws, acronyms written as words.
const KEEP_CAPITAL = new Set([
  'Woo',
  'Wmo',
  'Wet',
  'Bibob',
  'Common',
  'Digitaal',
  'Keurmerk',
  'Europese',
]);

/**
 * Lower-cases the first letter of a title or skill name for use inside a sentence
 * ("Beleidsadviseur jeugd" → "beleidsadviseur jeugd"), but leaves acronyms ("GIS-specialist",
 * "HR-adviseur") and names of laws ("Jeugdwet", "Wet open overheid") alone.
 */
export function lowerFirst(text: string): string {
  const firstWord = text.split(/[\s\-(]/, 1)[0];
  const keep =
    /[A-Z]/.test(firstWord.slice(1)) || firstWord.endsWith('wet') || KEEP_CAPITAL.has(firstWord);
  return keep ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** Number of sentences, counting ., ! and ? followed by a space or the end. */
export function sentenceCount(text: string): number {
  return text.split(/[.!?](?:\s+|$)/).filter((part) => part.trim() !== '').length;
}
