'use strict';
/*
 * Worker entry for TypeScript sources (the integration tests run the API in-process under ts-jest,
 * and a worker thread has no Jest transform). Registers a transpile-only loader for .ts files and the
 * tsconfig path aliases, then loads pdf-worker.ts. The compiled API (dist/) uses pdf-worker.js and
 * never loads this file.
 */
const Module = require('node:module');
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

let root = __dirname;
while (!fs.existsSync(path.join(root, 'tsconfig.base.json'))) {
  const boven = path.dirname(root);
  if (boven === root) throw new Error('tsconfig.base.json not found above ' + __dirname);
  root = boven;
}
const paths = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8')).compilerOptions.paths;

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const alias = paths[request];
  return resolve.call(this, alias ? path.join(root, alias[0]) : request, ...rest);
};

const opties = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  esModuleInterop: true,
  experimentalDecorators: true,
  emitDecoratorMetadata: true,
  useDefineForClassFields: false,
  inlineSourceMap: true,
};
require.extensions['.ts'] = function (module, filename) {
  const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), { fileName: filename, compilerOptions: opties });
  module._compile(outputText, filename);
};

module.exports = require('./pdf-worker.ts');
