// A new questionnaire's later pages, built after its first page is on screen: the first question then costs what a
// one-page survey costs, not the whole questionnaire (most of a cold start on a slow phone).
import type { PageModel, SurveyModel } from 'survey-core';
import { isRecord } from '../domain/result';

/** The element a deferred page holds until it is built: it keeps the page visible, so Next and the progress are right. */
const PLACEHOLDER_PREFIX = '__deferred_';

interface Deferred {
  page: PageModel;
  json: Record<string, unknown>;
}

const pending = new WeakMap<SurveyModel, Deferred[]>();

/** The definition with every page after the first reduced to its own properties and a placeholder, and those pages. */
export function deferLaterPages(json: Record<string, unknown>): { json: Record<string, unknown>; later: Record<string, unknown>[] } {
  const pages = Array.isArray(json['pages']) ? json['pages'].filter(isRecord) : [];
  const later = pages.slice(1);
  const placeholders = later.map((page) => ({ ...page, elements: [{ type: 'html', name: `${PLACEHOLDER_PREFIX}${String(page['name'])}` }] }));
  return { json: { ...json, pages: [...pages.slice(0, 1), ...placeholders] }, later };
}

/**
 * Registers `later` (from deferLaterPages) to be built into `survey`'s placeholder pages, in order. No placeholder is
 * ever shown or validated: Next builds the pages up to the one it shows (one, usually, so an early click waits for one
 * page, not six); the review and completion build them all; a jump by the progress bar validates the pages it skips
 * before any event, so it builds them all first.
 */
export function registerDeferredPages(survey: SurveyModel, later: readonly Record<string, unknown>[]): void {
  const deferred: Deferred[] = [];
  later.forEach((json, index) => {
    const page = survey.pages[index + 1];
    if (page) deferred.push({ page, json });
  });
  if (deferred.length === 0) return;
  pending.set(survey, deferred);
  const buildAll = () => buildDeferredPages(survey);
  survey.onCurrentPageChanging.add((_, options) => buildThrough(survey, options.newCurrentPage));
  survey.onShowingPreview.add(buildAll);
  survey.onCompleting.add(buildAll);
  const navigate = survey.tryNavigateToPage.bind(survey);
  survey.tryNavigateToPage = (page) => {
    buildAll();
    return navigate(page);
  };
}

/** Builds the next deferred page; false when none is left. */
export function buildNextDeferredPage(survey: SurveyModel): boolean {
  const queue = pending.get(survey);
  const next = queue?.shift();
  if (!next) return false;
  const { page, json } = next;
  for (const element of [...page.elements]) {
    if (element.name.startsWith(PLACEHOLDER_PREFIX)) page.removeElement(element);
  }
  // The same steps SurveyJS takes when it loads a definition: read the JSON, let the elements finish loading, then
  // evaluate every condition (visibleIf, requiredIf…) against the answers so far.
  page.fromJSON(json);
  page.onSurveyLoad();
  survey.runExpressions();
  return (queue?.length ?? 0) > 0;
}

/** Builds the deferred pages in order, up to and including `page`. */
function buildThrough(survey: SurveyModel, page: PageModel | null | undefined): void {
  const queue = pending.get(survey);
  while (page && queue?.some((item) => item.page === page)) buildNextDeferredPage(survey);
}

export function buildDeferredPages(survey: SurveyModel): void {
  while (buildNextDeferredPage(survey));
}

export function hasDeferredPages(survey: SurveyModel): boolean {
  return (pending.get(survey)?.length ?? 0) > 0;
}

/**
 * Builds the deferred pages one task each, starting after the next frame (the first page painted), so none holds the
 * main thread for long, then calls `onDone` (also when there was nothing to build); returns a cancel function.
 */
export function buildDeferredPagesSoon(survey: SurveyModel, onDone: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelled = false;
  const step = () => {
    if (cancelled) return;
    if (buildNextDeferredPage(survey)) timer = setTimeout(step, 0);
    else onDone();
  };
  const frame = requestAnimationFrame(() => { timer = setTimeout(step, 0); });
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
