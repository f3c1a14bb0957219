// Yes/no questions drawn as two radio buttons are told to assistive technology as what they look like: a radio group.
import { QuestionBooleanModel, QuestionFactory, Serializer } from 'survey-core';

/**
 * SurveyJS gives a yes/no question the accessibility of a switch, set on the switch's own input. Drawn as radios it
 * has no such input and its fieldset is "presentation": a screen reader heard "Oui, Non" with no question, nothing
 * required and no error, on the four questions that open whole sections. Drawn so, the question's root takes the
 * attributes SurveyJS gives its radio groups: role, name (the title), required, invalid and the error message.
 */
export class RadioBooleanModel extends QuestionBooleanModel {
  override get isNewA11yStructure(): boolean {
    return this.displayMode !== 'radio';
  }

  override get ariaRole(): string {
    return this.displayMode === 'radio' ? 'radiogroup' : super.ariaRole;
  }
}

/** Makes every yes/no question of the surveys built after it a RadioBooleanModel (called once, at module load). */
export function registerRadioBoolean(): void {
  const info = Serializer.findClass('boolean');
  if (info) info.creator = () => new RadioBooleanModel('');
  QuestionFactory.Instance.registerQuestion('boolean', (name) => new RadioBooleanModel(name));
}
