// The only thing the portal may import from the API: the router's type (Biome enforces it).
export type { AppRouter } from './routers/app-router.ts';
