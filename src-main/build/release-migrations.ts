import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { currentMigrationHashes } from './releasedMigrations';

// Run when a version is released: from then on its migrations are frozen (tests/unit/releasedMigrations.test.ts).
const dir = join(import.meta.dirname, '..', '..', 'migrations');
writeFileSync(join(dir, 'released.json'), `${JSON.stringify(currentMigrationHashes(dir), null, 2)}\n`);
console.log('migrations/released.json written');
