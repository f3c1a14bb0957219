// The respondent's code that needs SurveyJS or is needed only later, each fetched ahead of the moment it is used.
import { preloadable } from '../../app/preloadable';

/** SurveyJS and the questionnaire screen: most of the app's weight, fetched while the landing page is read. */
export const surveyScreenModule = preloadable(() => import('./SurveyScreen'));
/** Validation and the response file: fetched once the questionnaire is on screen. */
export const submissionModule = preloadable(() => import('./submission'));
/** After submitting. */
export const receiptModule = preloadable(() => import('./Receipt'));
