/**
 * Start-up cost (issue #8): some dependencies require a heavy module at load time that this bot never calls
 * (restify's server requires spdy for an option the bot never sets). `deferModule` puts a stand-in into Node's
 * module cache (`require.cache`, where adding entries is documented) so that such a `require` returns at once;
 * the real module loads the first time anything reads from it, so behaviour is unchanged if it is used after all.
 *
 * Only for modules whose requirers read properties at call time (`mod.createServer(...)`): a requirer that copies
 * the exports while loading (`__importStar`, destructuring) still works, it just loads the module then.
 */
// @ts-nocheck

import Module, { createRequire } from 'node:module';

/** What happened to a deferral request; `already-loaded` means something required the module first. */
export type DeferOutcome = 'deferred' | 'already-loaded';

/**
 * Defers `id` as the file `fromFile` resolves it. Call before anything requires it; later calls for the same
 * module are harmless.
 */
export function deferModule(fromFile: string, id: string): DeferOutcome {
  const requireFromFile = createRequire(fromFile);
  const file = requireFromFile.resolve(id);
  if (require.cache[file] !== undefined) {
    return 'already-loaded';
  }
  let real: object | undefined;
  const load = (): object => {
    if (real === undefined) {
      delete require.cache[file];
      real = requireFromFile(id) as object;
    }
    return real;
  };
  const standIn = new Module(file);
  standIn.filename = file;
  standIn.loaded = true;
  standIn.exports = new Proxy(
    {},
    {
      get: (_target, property) => Reflect.get(load(), property) as unknown,
      has: (_target, property) => Reflect.has(load(), property),
      ownKeys: () => Reflect.ownKeys(load()),
      getOwnPropertyDescriptor: (_target, property) => {
        const descriptor = Reflect.getOwnPropertyDescriptor(load(), property);
        // A proxy may not report a non-configurable property its (empty) target lacks.
        return descriptor === undefined ? undefined : { ...descriptor, configurable: true };
      },
    },
  );
  require.cache[file] = standIn;
  return 'deferred';
}
