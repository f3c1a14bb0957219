// The questionnaire's definition in the language being shown; on a switch the previous one stays until the next arrives.
import { useEffect, useState } from 'react';
import type { UiLanguage } from '../../domain/languages';
import { definitionSource, type QuestionnaireKind, type SurveyDefinition } from '../../survey/questionnaires';

export interface LoadedDefinition {
  language: UiLanguage;
  definition: SurveyDefinition;
}

export interface DefinitionState {
  /** The definition in `language` if it is here, else the last one shown (so the survey stays on screen), else null. */
  loaded: LoadedDefinition | null;
  /** The last load failed (e.g. offline before the app was cached); `retry` tries again. */
  failed: boolean;
  retry: () => void;
}

export function useDefinition(kind: QuestionnaireKind, language: UiLanguage): DefinitionState {
  const source = definitionSource(kind, language);
  // Already here (e.g. fetched ahead by the landing page): used in this very render, no loading frame.
  const ready = source.loaded();
  const [last, setLast] = useState<LoadedDefinition | null>(() => (ready ? { language, definition: ready } : null));
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  // State adjusted while rendering (React re-renders at once, before anything is shown): a switch to a language
  // already fetched shows it in the same frame.
  if (ready && last?.definition !== ready) setLast({ language, definition: ready });

  useEffect(() => {
    let live = true;
    // Not skipped when the definition is here by now: it may have arrived after this render read `ready`, and then
    // only this effect can show it.
    source.load().then(
      (definition) => {
        if (!live) return;
        setLast((shown) => (shown?.definition === definition ? shown : { language, definition }));
        setFailed(false);
      },
      () => { if (live) setFailed(true); },
    );
    return () => { live = false; };
  }, [source, language, attempt]);

  return { loaded: last, failed: failed && !ready, retry: () => setAttempt((n) => n + 1) };
}
