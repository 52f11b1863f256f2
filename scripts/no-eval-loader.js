/**
 * webpack loader for exceljs' prebuilt browser bundle: removes its dead eval-style fallbacks
 * (`Function("return this")()` for the global object, `new Function(string)` in the
 * setImmediate polyfill, regenerator's sloppy-mode `Function(...)` assignment), so the
 * production bundle has no eval/new Function at all (the pane's CSP has no 'unsafe-eval').
 * Each fallback is only reached on engines without globalThis or with a string callback.
 */
const REPLACEMENTS = [
  [/Function\("return this"\)\(\)/g, 'globalThis'],
  [/new Function\(""\+(\w+)\)/g, '(function(){throw new TypeError("setImmediate: callback is not a function")})'],
  [/Function\("r","regeneratorRuntime = r"\)\(\w+\)/g, 'void 0'],
];

module.exports = function noEvalLoader(source) {
  let out = source;
  for (const [pattern, replacement] of REPLACEMENTS) out = out.replace(pattern, replacement);
  const left = out.match(/[^.\w$]Function\(|\beval\(/g);
  if (left) this.emitWarning(new Error(`no-eval-loader: ${left.length} eval/Function call(s) left in ${this.resourcePath}`));
  return out;
};
