// A minimal SurveyJS form: one yes/no question rendered with survey-js-ui, and the default theme.
import 'survey-core/survey-core.min.css';
import { Model } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';

const survey = new Model({
  elements: [{ type: 'boolean', name: 'back-pain', title: 'Do you have lower back pain?' }],
});
const container = document.createElement('div');
document.body.append(container);
renderSurvey(survey, container);
