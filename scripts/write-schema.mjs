// Writes schema/policy.schema.json from the model (src/model/schema.ts, compiled to dist/).
import { writeFileSync } from 'node:fs';
import { jsonSchema } from '../dist/model/schema.js';

writeFileSync(new URL('../schema/policy.schema.json', import.meta.url), JSON.stringify(jsonSchema(), null, 2) + '\n');

// And schema/config.schema.json from src/config/schema.ts.
const { configJsonSchema } = await import('../dist/config/schema.js');
writeFileSync(new URL('../schema/config.schema.json', import.meta.url), JSON.stringify(configJsonSchema(), null, 2) + '\n');
