import { z } from 'astro/zod';
import { serviceFileSchema } from './schema.ts';

/**
 * The JSON Schema editors' tools read (through `$schema` in each service file) for completion
 * and validation as they type. Generated from the zod schema, so the two cannot drift apart;
 * rules across files (unique ids, known cities) are only checked by `npm run check`.
 */
export function servicesJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(serviceFileSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: '/schemas/services.schema.json',
    title: 'Dalil service directory file',
    description: 'One organisation, its locations and its services (Open Referral HSDS 3.0 field names; Dalil profile). See content/README.md.',
  };
}

export function servicesJsonSchemaText(): string {
  return `${JSON.stringify(servicesJsonSchema(), null, 2)}\n`;
}
