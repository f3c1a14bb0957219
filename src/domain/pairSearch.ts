// The matches screen's search: the pairs where either side's organisation, country or entry title holds the text.
import type { Candidate } from './matching';
import { countrySearchText, foldText } from './responseSummary';

/**
 * The pairs (in their order) whose need or offer side holds `search`, ignoring case and accents: the organisation's
 * name, its country (code, or name in any of the app's languages) or the entry's title. An empty search keeps all.
 */
export function searchPairs(pairs: readonly Candidate[], search: string): Candidate[] {
  const needle = foldText(search);
  if (needle === '') return [...pairs];
  const countries = new Map<string, string>();
  const texts = new Map<string, boolean>();
  // An organisation or entry is on many cards: each is folded and tried once.
  const holds = (key: string, text: () => string) => {
    let found = texts.get(key);
    if (found === undefined) texts.set(key, (found = foldText(text()).includes(needle)));
    return found;
  };
  return pairs.filter(({ need, offer }) => [need, offer].some((entry) =>
    holds(`org|${entry.org.responseId}`, () => entry.org.orgName)
    || holds(`${entry === need ? 'need' : 'offer'}|${entry.org.responseId}|${entry.id}`, () => entry.title)
    || countrySearchText(entry.org.country, countries).includes(needle)));
}
