/** One plural rule set per language: Intl.PluralRules knows each language's forms (Arabic has six). */
const rules = new Map<string, Intl.PluralRules>();

/**
 * The form of a word for `count` in `lang`, from the forms a language uses
 * (`one`, `two`, `few`, `many`, `zero`), falling back to `other`.
 */
export function plural(
  lang: string,
  count: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  let rule = rules.get(lang);
  if (!rule) rules.set(lang, (rule = new Intl.PluralRules(lang)));
  return forms[rule.select(count)] ?? forms.other;
}
