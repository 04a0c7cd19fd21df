import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderMigrationIndex } from './migrationIndex';

const dir = join(import.meta.dirname, '..', '..', 'migrations');
writeFileSync(join(dir, 'index.ts'), renderMigrationIndex(readdirSync(dir)));
console.log('migrations/index.ts written');
