// @ts-nocheck
// The library's CommonJS entry fails on Node 20 (extensionless ESM imports); its UMD bundle loads and has the
// same API (platform-notes.md), so the bundle path gets the package's own types.
declare module 'adaptivecards/dist/adaptivecards.js' {
  export * from 'adaptivecards';
}
