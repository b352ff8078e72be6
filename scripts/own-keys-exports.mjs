// A Vite plugin that makes the bundler's export helpers walk an object's own keys only.
//
// Rolldown builds a namespace object (for a module inlined behind `import()`) with a helper that
// copies the exports with `for (var name in all)`. That loop also meets enumerable properties a page
// added to `Object.prototype` (common on old sites), defines a getter from their value and throws
// "Getter must be a function": the whole file stops loading. `Object.keys` visits only the exports.
// If Rolldown changes its helpers and the loop is not found, the build fails rather than ship it.
const RUNTIME = /rolldown[\\/]runtime/;
const WALK_INHERITED = /for \(var name in all\)/g;

export function ownKeysExports() {
  return {
    name: 'movewell:own-keys-exports',
    transform(code, id) {
      if (!RUNTIME.test(id)) return null;
      const patched = code.replace(WALK_INHERITED, 'for (var name of Object.keys(all))');
      if (patched === code && /\bin all\)/.test(code)) {
        throw new Error(`own-keys-exports: ${id} walks exports in a way this plugin does not know`);
      }
      return { code: patched, map: null };
    },
  };
}

/** Fails when a built file still has a `for…in` export helper (for the check after the build). */
export const INHERITED_EXPORT_WALK =
  /for\s*\(\s*var\s+([\w$]+)\s+in\s+([\w$]+)\s*\)\s*[\w$]+\(\s*[\w$]+\s*,\s*\1\s*,\s*\{\s*get\s*:\s*\2\[\1\]/;
