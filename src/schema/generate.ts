/**
 * The files made from the element registry, by path in the project: `npm run schema` writes them,
 * and a test fails when any file on disk differs from what this makes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectSchemaDoc } from './doc.js';
import { teikitOdd } from './write-odd.js';
import { pointerKindsJson } from './write-pointer-kinds.js';
import { teikitRng } from './write-rng.js';

export function generatedFiles(root: string): Record<string, string> {
  const rng = teikitRng();
  return {
    'schemas/teikit.rng': rng,
    'schemas/teikit.odd': teikitOdd(),
    'schemas/teikit.md': projectSchemaDoc(root, rng),
    'src/data/pointer-kinds.json': pointerKindsJson(readFileSync(join(root, 'src/data/pointer-kinds.json'), 'utf8')),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  for (const [path, text] of Object.entries(generatedFiles(root))) writeFileSync(join(root, path), text);
}
