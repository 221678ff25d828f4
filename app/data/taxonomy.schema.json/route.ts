import { publishedJsonSchema } from '@/lib/data/schemas';

export const dynamic = 'force-static';

/** /data/taxonomy.schema.json: the JSON Schema of /data/taxonomy.json, generated from its zod schema. */
export function GET() {
  return Response.json(publishedJsonSchema('taxonomy'));
}
