import { build } from 'vite';

/** The tests drive the production build of the renderer, as `npm run web` serves it. */
export default async function setup(): Promise<void> {
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
}
