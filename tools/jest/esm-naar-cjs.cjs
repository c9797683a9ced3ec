// Jest transform for the ESM-only packages of jest.preset.cjs: TypeScript's transpiler turns their ES
// modules into CommonJS and leaves everything else as it is (ES2022 target, native class fields).
const ts = require('typescript');
const { createHash } = require('node:crypto');

const OPTIES = {
  allowJs: true,
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  useDefineForClassFields: true,
  sourceMap: false,
};

module.exports = {
  process(bron, pad) {
    return { code: ts.transpileModule(bron, { compilerOptions: OPTIES, fileName: pad }).outputText };
  },
  getCacheKey(bron, pad) {
    return createHash('sha256').update(`esm-naar-cjs-1\n${ts.version}\n${pad}\n${bron}`).digest('hex');
  },
};
