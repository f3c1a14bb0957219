// Each resettlement status in a word or two, for the responses table, whose cells are two lines long.
import type { CoordinatorKey } from './messages';

const STATUS_WORDS: Readonly<Record<string, CoordinatorKey>> = {
  established: 'statusShort_established',
  new: 'statusShort_new',
  emerging: 'statusShort_emerging',
  considering: 'statusShort_considering',
  other: 'statusShort_other',
};

/** The message of a status code's short word; undefined for a code this version does not know (its label is shown). */
export function statusWordKey(code: string): CoordinatorKey | undefined {
  return Object.hasOwn(STATUS_WORDS, code) ? STATUS_WORDS[code] : undefined;
}
