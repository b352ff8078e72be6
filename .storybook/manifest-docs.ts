/**
 * Storybook's docs tables from the custom-elements manifest, written for a newcomer. Storybook's
 * own reader keys every row by its bare name, so book-now's `headline` attribute, slot and part
 * hid each other, and it drops methods and custom states. Here each kind of API keeps its rows,
 * attributes say which property they set, and the page opens with the summary and a snippet.
 */
import type { ArgTypes, ArgTypesEnhancer } from 'storybook/internal/types';

interface Described {
  name: string;
  description?: string;
  summary?: string;
  default?: string;
  type?: { text: string };
  parsedType?: { text: string };
}
interface Member extends Described {
  kind: 'field' | 'method';
  attribute?: string;
  readonly?: boolean;
  parameters?: Described[];
  return?: { type?: { text: string } };
}
interface Attribute extends Described {
  fieldName?: string;
}
interface Element extends Described {
  tagName?: string;
  examples?: string[];
  attributes?: Attribute[];
  members?: Member[];
  events?: Described[];
  slots?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
  cssStates?: Described[];
}
interface Manifest {
  modules: { declarations?: Element[] }[];
}

let elements = new Map<string, Element>();

export function useManifest(manifest: unknown) {
  const declarations = (manifest as Manifest).modules.flatMap((module) => module.declarations ?? []);
  elements = new Map(declarations.flatMap((d) => (d.tagName ? [[d.tagName, d] as const] : [])));
}

const typeOf = (item: Described) => item.parsedType?.text ?? item.type?.text;

/** Storybook's type for a TypeScript one, so the control fits: text, a switch, a number, a choice. */
function controlType(text: string) {
  const parts = text
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined' && part !== 'null');
  if (parts.length === 1 && ['string', 'boolean', 'number'].includes(parts[0] ?? ''))
    return { name: parts[0] as 'string' | 'boolean' | 'number' };
  if (parts.length > 1 && parts.every((part) => /^'[^']*'$/.test(part)))
    return { name: 'enum' as const, value: parts.map((part) => part.slice(1, -1)) };
  return { name: 'other' as const, value: text };
}

/** One row of the table; `key` is unique across kinds, `name` is what the reader sees. */
function row(category: string, key: string, item: Described, extra: { name?: string; description?: string } = {}) {
  const type = typeOf(item);
  return [
    key,
    {
      name: extra.name ?? item.name,
      description: extra.description ?? item.description ?? '',
      ...(type ? { type: controlType(type) } : {}),
      table: {
        category,
        ...(type ? { type: { summary: type } } : {}),
        ...(item.default !== undefined ? { defaultValue: { summary: item.default } } : {}),
      },
    },
  ] as const;
}

/** A row that documents and has no control (a slot, a part, an event, a method). */
const readOnly = (entry: ReturnType<typeof row>) => [entry[0], { ...entry[1], control: { disable: true } }] as const;

export function extractArgTypes(tag: string): ArgTypes | null {
  const element = elements.get(tag);
  if (!element) return null;
  const attributes = element.attributes ?? [];
  const byField = new Set(attributes.map((a) => a.fieldName));
  const members = element.members ?? [];
  const methodSignature = (m: Member) =>
    `${m.name}(${(m.parameters ?? []).map((p) => `${p.name}${typeOf(p) ? `: ${typeOf(p)}` : ''}`).join(', ')})`;
  return Object.fromEntries([
    ...attributes.map((a) =>
      row('attributes', a.name, a, {
        description: `${a.description ?? ''}${a.fieldName && a.fieldName !== a.name ? ` (Property: \`${a.fieldName}\`.)` : ''}`,
      }),
    ),
    ...members
      .filter((m) => m.kind === 'field' && !byField.has(m.name))
      .map((m) => {
        const entry = row('properties', m.name, m, {
          description: `${m.description ?? ''}${m.readonly ? ' Read only.' : ''} Property only, no attribute.`,
        });
        return m.readonly ? readOnly(entry) : entry;
      }),
    ...members
      .filter((m) => m.kind === 'method')
      .map((m) => readOnly(row('methods', `method:${m.name}`, m, { name: methodSignature(m) }))),
    ...(element.events ?? []).map((e) => readOnly(row('events', `event:${e.name}`, e))),
    ...(element.slots ?? []).map((s) => readOnly(row('slots', `slot:${s.name}`, s, { name: s.name || '(default)' }))),
    ...(element.cssParts ?? []).map((p) =>
      readOnly(row('css parts', `part:${p.name}`, p, { name: `::part(${p.name})` })),
    ),
    ...(element.cssProperties ?? []).map((p) => readOnly(row('css custom properties', `css:${p.name}`, p))),
    ...(element.cssStates ?? []).map((s) =>
      readOnly(row('css custom states', `state:${s.name}`, s, { name: `:state(${s.name})` })),
    ),
  ]);
}

/** What the element is, a snippet to copy, then the longer description. */
export function extractComponentDescription(tag: string): string | null {
  const element = elements.get(tag);
  if (!element) return null;
  const snippets = (element.examples ?? []).map((example) => `\`\`\`html\n${example.trim()}\n\`\`\``);
  return [element.summary, ...snippets, element.description].filter(Boolean).join('\n\n');
}

/**
 * Controls a story adds for its own setup (the page's `lang`, a run's state, the written link's
 * text) are not the element's API: list them under their own heading, after the element's.
 */
export const keepStoryControlsApart: ArgTypesEnhancer = ({ argTypes }) => {
  const entries = Object.entries(argTypes);
  const own = entries.filter(([, argType]) => argType.table?.category);
  const storyOnly = entries
    .filter(([, argType]) => !argType.table?.category)
    .map(([key, argType]) => [key, { ...argType, table: { ...argType.table, category: 'story controls' } }] as const);
  return Object.fromEntries([...own, ...storyOnly]);
};
