// Searching a list by what a person types: every word, in any order, ignoring case and accents.

/**
 * Lower case, without accents or other marks: "cote" finds "Côte d’Ivoire". Its own, not responseSummary's foldText:
 * the questionnaire uses it, and responseSummary would bring the code lists into the respondent's first download.
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The folded words of what was typed ("  Formation   personnel " → ["formation", "personnel"]). */
export function searchWords(typed: string): string[] {
  return foldForSearch(typed).split(/\s+/u).filter((word) => word !== '');
}

/**
 * Whether `text` holds every one of `words` (from searchWords), each anywhere and in any order: "formation personnel"
 * finds "Formation du personnel", which a search for the typed text as one piece does not. No words: true.
 */
export function holdsWords(text: string, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const folded = foldForSearch(text);
  return words.every((word) => folded.includes(word));
}
