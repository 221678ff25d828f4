/** A JSON Schema node, as far as the field table reads it. */
interface Node {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  description?: string;
  properties?: Record<string, Node>;
  required?: string[];
  items?: Node;
  anyOf?: Node[];
  minItems?: number;
}

/** One line of a node's type: `text`, `one of: a, b`, `list of …`, `object`. */
function typeOf(node: Node): string {
  if (node.const !== undefined) return `\`${JSON.stringify(node.const)}\``;
  if (node.enum) return `one of: ${node.enum.map((v) => `\`${String(v)}\``).join(', ')}`;
  if (node.anyOf) return node.anyOf.map(typeOf).join(' or ');
  if (node.type === 'array')
    return `list${node.minItems ? ` (≥ ${node.minItems})` : ''} of ${node.items ? typeOf(node.items) : 'anything'}`;
  if (node.type === 'object') return 'object';
  if (node.type === 'string') return node.format === 'uri' ? 'URL' : 'text';
  if (node.type === 'integer') return 'integer';
  return Array.isArray(node.type) ? node.type.join(' or ') : (node.type ?? 'anything');
}

/** Rows for a node's fields, depth first: `field`, `list[].field`, `object.field`. */
function rows(node: Node, prefix: string): string[] {
  const out: string[] = [];
  const required = new Set(node.required ?? []);
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    const path = `${prefix}${name}`;
    const cell = (s: string) => s.replaceAll('|', '\\|');
    out.push(
      `| \`${path}\` | ${cell(typeOf(child))} | ${required.has(name) ? 'yes' : 'no'} | ${cell(child.description ?? '')} |`,
    );
    const inner = child.type === 'array' ? child.items : child;
    if (inner?.properties) out.push(...rows(inner, `${path}${child.type === 'array' ? '[].' : '.'}`));
  }
  return out;
}

/** A Markdown table of every field of a JSON Schema (field, type, required, meaning), for docs/data.md. */
export function schemaFieldTable(schema: Record<string, unknown>): string {
  return ['| field | type | required | meaning |', '| --- | --- | --- | --- |', ...rows(schema as Node, '')].join('\n');
}

/**
 * `text` with the part between `<!-- generated:name -->` and `<!-- /generated:name -->` replaced by
 * `body`; throws when the markers are missing (the doc must say where generated text goes).
 */
export function replaceGenerated(text: string, name: string, body: string): string {
  const open = `<!-- generated:${name} -->`;
  const close = `<!-- /generated:${name} -->`;
  const a = text.indexOf(open);
  const b = text.indexOf(close);
  if (a < 0 || b < a) throw new Error(`Markers ${open} … ${close} not found`);
  return `${text.slice(0, a + open.length)}\n\n${body}\n\n${text.slice(b)}`;
}
