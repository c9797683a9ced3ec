import Module from 'node:module';
import { join } from 'node:path';

/**
 * Jest's moduleNameMapper does not apply to globalSetup; map the @rmc/* aliases from
 * tsconfig.base.json here so setup code can import the libraries like the tests do.
 */
export function registerPathAliases(): void {
  const root = join(__dirname, '../../../..');
  const paths: Record<string, string[]> = require(join(root, 'tsconfig.base.json')).compilerOptions.paths;
  const m = Module as unknown as { _resolveFilename: (req: string, ...rest: unknown[]) => string };
  const original = m._resolveFilename;
  m._resolveFilename = function (request: string, ...rest: unknown[]) {
    const target = paths[request];
    return original.call(this, target ? join(root, target[0]) : request, ...rest);
  };
}
