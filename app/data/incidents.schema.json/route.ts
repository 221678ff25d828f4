import { publishedJsonSchema } from '@/lib/data/schemas';

export const dynamic = 'force-static';

/** /data/incidents.schema.json: the JSON Schema of /data/incidents.json, generated from its zod schema. */
export function GET() {
  return Response.json(publishedJsonSchema('incidents'));
}
