// A Vite plugin that shrinks the Lit templates in our sources, which the JavaScript minifier
// cannot touch because they are strings:
// - `css` templates lose comments and white space (on four widgets, about a tenth of their CSS);
// - `html` and `svg` templates lose the indentation between lines: each run of white space with a
//   line break in it becomes one space, or nothing beside a block or an SVG shape, which renders the
//   same (no template uses `white-space: pre`).
// It keeps a source map, so the bundle's bytes still trace back to their files (bench/composition.mjs).
import { SourceMapGenerator } from 'source-map-js';
import ts from 'typescript';

function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .replace(/(^|[^\w.-])0\.(\d)/g, '$1.$2') // 0.5em → .5em
    .trim();
}

/**
 * Tags beside which a line break in a template renders nothing: blocks (white space at the start or
 * end of a line is dropped) and the shapes inside an SVG. Between two of them the break is no node
 * at all, instead of a text node of one space in every copy of the template: a page of 100 cards had
 * 3,500 of them to clone, style and lay out. Between inline tags (`</strong> <span>`) it stays a space;
 * so it does beside `<dt>` and `<dd>`, which the card sets inline ("Muscles: Glutes").
 */
const BLOCKS = new Set(
  'article aside details div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr legend li main nav ol p section summary table tbody td th thead tr ul circle defs ellipse g line path polygon polyline rect'.split(
    ' ',
  ),
);

const TAG = /^<(\/?)([a-z][\w-]*)/i;

/**
 * Whether a line break between `before` and `after` renders nothing: beside a block or an SVG
 * shape, or just inside an `<svg>` (only its `<text>` shows white space, and we draw none).
 */
function silentBetween(before, after) {
  const ended = before.endsWith('>') ? TAG.exec(before.slice(before.lastIndexOf('<'))) : null;
  const starts = TAG.exec(after);
  const name = (tag) => tag?.[2].toLowerCase();
  return (
    BLOCKS.has(name(ended)) ||
    BLOCKS.has(name(starts)) ||
    (name(ended) === 'svg' && !ended[1]) ||
    (name(starts) === 'svg' && starts[1] === '/')
  );
}

/** The raw text of one template part, between its delimiters (` or } before, ${ or ` after). */
function rawSpan(part, source) {
  const start = part.getStart(source) + 1;
  const end = part.end - (ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1);
  return { start, end };
}

/** Edits (`{ start, end, text }`, in source order) that shrink every Lit template in `code`. */
function templateEdits(code, id) {
  const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      const { template } = node;
      const tag = node.tag.text;
      if (tag === 'css' && ts.isNoSubstitutionTemplateLiteral(template)) {
        // Templates with interpolations are left alone: their parts are not whole CSS.
        const { start, end } = rawSpan(template, source);
        edits.push({ start, end, text: minifyCss(code.slice(start, end)) });
      } else if (tag === 'html' || tag === 'svg') {
        const parts = ts.isNoSubstitutionTemplateLiteral(template)
          ? [template]
          : [template.head, ...template.templateSpans.map((span) => span.literal)];
        // The template's text with each `${…}` as one letter, so a tag is found across its bindings.
        let literal = '';
        for (const part of parts) {
          const { start, end } = rawSpan(part, source);
          const text = code.slice(start, end);
          for (const match of text.matchAll(/[ \t]*\n\s*/g)) {
            const after = match.index + match[0].length;
            const silent = silentBetween(literal + text.slice(0, match.index), text.slice(after));
            edits.push({ start: start + match.index, end: start + after, text: silent ? '' : ' ' });
          }
          literal += `${text}x`;
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edits.sort((a, b) => a.start - b.start);
}

/** Applies the edits, and maps each line of the result, and the text after each edit, to where it was. */
function applyEdits(code, edits, id) {
  const map = new SourceMapGenerator({ file: id });
  map.setSourceContent(id, code);
  const position = (offset) => {
    const before = code.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: offset - (before.lastIndexOf('\n') + 1) };
  };
  let out = '';
  let line = 1;
  let column = 0;
  const mark = (offset) => map.addMapping({ source: id, original: position(offset), generated: { line, column } });
  const copy = (from, to) => {
    for (const [i, piece] of code.slice(from, to).split('\n').entries()) {
      if (i > 0) {
        out += '\n';
        line++;
        column = 0;
        mark(from);
      }
      out += piece;
      column += piece.length;
      from += piece.length + 1;
    }
  };
  mark(0);
  let at = 0;
  for (const edit of edits) {
    copy(at, edit.start);
    out += edit.text;
    column += edit.text.length;
    at = edit.end;
    mark(at);
  }
  copy(at, code.length);
  return { code: out, map: map.toJSON() };
}

export function minifyLitTemplates() {
  return {
    name: 'movewell:minify-lit-templates',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !/\b(css|html|svg)`/.test(code)) return null;
      const edits = templateEdits(code, id);
      return edits.length ? applyEdits(code, edits, id) : null;
    },
  };
}
