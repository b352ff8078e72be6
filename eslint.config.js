import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'storybook-static', 'screenshots', 'bench/.tmp', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  wcConfigs['flat/recommended'],
  litConfigs['flat/recommended'],
  {
    languageOptions: { globals: globals.browser },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['scripts/**', 'bench/**', '*.config.*', '.storybook/**', 'tests/package/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Tests use chai's property assertions (`expect(x).to.be.true`).
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // The stock commands fail in Firefox or WebKit; tests/browser.ts has ones that work in all three.
    files: ['tests/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { name: '@web/test-runner-commands', message: 'Import setViewport, sendKeys, emulatePrint from ./browser.js.' },
      ],
    },
  },
);
