// The questionnaire's definition in the language being shown; on a switch the previous one stays until the next arrives.
import { useEffect, useMemo, useState } from 'react';
import type { UiLanguage } from '../../domain/languages';
import { loadDefinition, loadedDefinition, type QuestionnaireKind, type SurveyDefinition } from '../../survey/questionnaires';

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
  const [last, setLast] = useState<LoadedDefinition | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [, setArrivals] = useState(0);
  // Already here (e.g. fetched ahead by the landing page): used in this very render, no loading frame.
  const ready = loadedDefinition(kind, language);
  const current = useMemo(() => (ready ? { language, definition: ready } : null), [ready, language]);
  if (current && current !== last) setLast(current);

  useEffect(() => {
    if (loadedDefinition(kind, language)) return;
    let live = true;
    loadDefinition(kind, language).then(
      () => {
        if (!live) return;
        setFailed(false);
        // Re-render: loadedDefinition() has it now.
        setArrivals((n) => n + 1);
      },
      () => { if (live) setFailed(true); },
    );
    return () => { live = false; };
  }, [kind, language, attempt]);

  return { loaded: current ?? last, failed: failed && !current, retry: () => setAttempt((n) => n + 1) };
}
