import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

/**
 * The four widgets on a page in each language we ship. Each language's words are fetched when the
 * first widget in it appears; the built-in content is English (marked `lang="en"`) except on a
 * Spanish page, which gets it in Spanish.
 */
const meta: Meta<{ lang: string }> = {
  title: 'Pages/Languages',
  render: ({ lang }) =>
    html`<div lang=${lang}>
      <style>
        .languages-demo > * {
          margin-block-end: 24px;
        }
      </style>
      <div class="languages-demo">
        <mw-exercise-card exercise="glute-bridge" heading-level="3"></mw-exercise-card>
        <mw-drill-timer exercise="glute-squeeze" heading-level="3" no-resume></mw-drill-timer>
        <mw-symptom-checklist checklist="weak-glutes" heading-level="3"></mw-symptom-checklist>
        <mw-book-now dismissible href="https://clinic.example/book"></mw-book-now>
      </div>
    </div>`,
  argTypes: {
    lang: { control: 'select', options: ['en', 'es', 'fr', 'de', 'it', 'pt-BR', 'zh-CN', 'ar', 'ar-EG'] },
  },
};
export default meta;

type Story = StoryObj<{ lang: string }>;

export const English: Story = { args: { lang: 'en' } };
/** UI words and the built-in content in Spanish. */
export const Spanish: Story = { args: { lang: 'es' } };
export const French: Story = { args: { lang: 'fr' } };
/** The longest words: the buttons and chips must still fit at 320px. */
export const German: Story = { args: { lang: 'de' } };
export const Italian: Story = { args: { lang: 'it' } };
export const Portuguese: Story = { args: { lang: 'pt-BR' } };
export const Chinese: Story = { args: { lang: 'zh-CN' } };
/** Right to left: each widget mirrors; the English content inside keeps its own direction. */
export const Arabic: Story = { args: { lang: 'ar' } };
/** Arabic as written in Egypt: Arabic-Indic digits (١٠–١٥) from Intl. */
export const ArabicEgypt: Story = { args: { lang: 'ar-EG' } };
