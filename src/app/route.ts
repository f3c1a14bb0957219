// The address's route read without React: the first downloads (firstDownloads.ts) start from it before the app runs.
import type { QuestionnaireKind } from '../survey/questionnaires';

/** The route's path segments, e.g. `#/coordinator/responses/abc` → ['coordinator', 'responses', 'abc']. */
export function routeSegments(hash: string): string[] {
  return hash.replace(/^#\/?/, '').split('/').filter((part) => part !== '').map(decodeURIComponent);
}

/** The questionnaire a respondent's route shows, or null on the coordinator's routes. */
export function respondentKind(route: readonly string[]): QuestionnaireKind | null {
  if (route[0] === 'coordinator') return null;
  return route[0] === 'follow-up' ? 'follow-up' : 'main';
}

/** The questionnaire the page opens on, or null on the coordinator's routes. */
export function openingKind(): QuestionnaireKind | null {
  return respondentKind(routeSegments(window.location.hash));
}
