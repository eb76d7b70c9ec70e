/** The Medusa API base URL: `VITE_BACKEND_URL`, or "/" (the dashboard's own origin). See env.js. */
export declare const backendUrl: string
