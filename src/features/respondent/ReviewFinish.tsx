// The review's Finish button above the answers (SurveyJS's own stays below them), drawn where review.ts places it.
import { SurveyModel } from 'survey-core';
import { ReactElementFactory } from 'survey-react-ui';
import { REVIEW_FINISH_COMPONENT } from '../../survey/review';

function ReviewFinish({ survey, label }: { survey: SurveyModel; label: string }) {
  return (
    <div className="review-finish">
      <button
        type="button"
        // SurveyJS's Finish button's classes: the same look as the one below the answers.
        className="sd-action sd-navigation__complete-btn sd-action--brand sd-action--primary sd-action--large sd-action--border"
        // As SurveyJS's buttons: a field being left gives its value first (an address is taken then).
        onMouseDown={() => survey.navigationMouseDown()}
        onClick={() => survey.tryComplete()}
      ><span className="sd-action__title">{label}</span></button>
    </div>
  );
}

function labelOf(model: unknown): string {
  return typeof model === 'object' && model !== null && 'label' in model && typeof model.label === 'string' ? model.label : '';
}

/** Registered once, when the questionnaire's screen loads: SurveyJS hands the element its survey and data. */
ReactElementFactory.Instance.registerElement(REVIEW_FINISH_COMPONENT, (props: { survey?: unknown; model?: unknown }) => (
  props.survey instanceof SurveyModel ? <ReviewFinish survey={props.survey} label={labelOf(props.model)} /> : <></>
));
