// Build step: the learned models are JSON data next to their loader; tsc copies only code.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const from = path.join(root, 'src', 'rules', 'learned');
const to = path.join(root, 'dist', 'src', 'rules', 'learned');
fs.mkdirSync(to, { recursive: true });
for (const name of fs.readdirSync(from)) if (name.endsWith('.json')) fs.copyFileSync(path.join(from, name), path.join(to, name));
