// Where the admin finds the Medusa API. Vite replaces `import.meta.env.VITE_BACKEND_URL` at build time;
// "/" (same origin as the dashboard) when it is not set.
//
// This lives in a .js file with a .d.ts beside it because backend/tsconfig.json compiles as CommonJS
// (module Node16), where TypeScript refuses `import.meta` (TS1470). Vite reads this file; tsc reads env.d.ts.
export const backendUrl = import.meta.env.VITE_BACKEND_URL || "/"
