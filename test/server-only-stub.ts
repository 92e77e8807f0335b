// Vitest runs data-layer code outside Next.js; "server-only" would throw there.
export {};
