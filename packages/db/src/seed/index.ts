// The seed's public surface: `@preceptor/db/seed` (the API auto-seeds the embedded database with it).
export { isDatabaseEmpty, seedDemoData } from './seed-demo-data.ts';
