/**
 * tldts-experimental's Public Suffix List lookup on its own (src/core/hosts.ts), without the rest of
 * the library: the package ships the module's types under another path.
 */
declare module 'tldts-experimental/dist/es6/src/packed-hashes.js' {
  export { default } from 'tldts-experimental/dist/types/src/packed-hashes';
}
