// The respondent's code needed only later (submitting, the receipt), each fetched ahead of the moment it is used.
import { preloadable } from '../../app/preloadable';

/** Validation and the response file: fetched once the questionnaire is on screen. */
export const submissionModule = preloadable(() => import('./submission'));
/** After submitting. */
export const receiptModule = preloadable(() => import('./Receipt'));
