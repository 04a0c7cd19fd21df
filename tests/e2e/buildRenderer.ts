import { build } from 'vite';

/**
 * The tests drive the production build of the renderer, as `npm run web` serves it. Vitest runs with NODE_ENV
 * "test", which would give React's development build (twice the render time), and the bench reuses this build.
 */
export default async function setup(): Promise<void> {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
  } finally {
    process.env.NODE_ENV = previous;
  }
}
