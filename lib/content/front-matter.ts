import matter from 'gray-matter';
import { parseYamlSource, type YamlSource } from './yaml-source';

/** A Markdown file split into located front matter and body. */
export interface SplitFile {
  yaml: YamlSource;
  body: string;
  /** Lines before the body starts, so body line n is file line n + bodyLineOffset. */
  bodyLineOffset: number;
}

/** Splits `---` front matter from the body; null when the file has no front matter block. */
export function splitFrontMatter(text: string): SplitFile | null {
  if (!/^---\r?\n/.test(text)) return null;
  // gray-matter finds the delimiters; YAML is parsed by `yaml` so positions survive.
  const file = matter(text, { engines: { yaml: () => ({}) } });
  const body = file.content;
  const head = text.endsWith(body) ? text.slice(0, text.length - body.length) : text;
  if (!/\n---\s*\n?$/.test(head) && !/\n---\s*$/.test(head)) return null;
  return {
    yaml: parseYamlSource(file.matter.replace(/^\r?\n/, ''), 1),
    body,
    bodyLineOffset: head.split('\n').length - 1,
  };
}
