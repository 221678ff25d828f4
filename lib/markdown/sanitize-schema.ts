import { defaultSchema } from 'rehype-sanitize';

/**
 * GitHub's sanitiser rules (rehype-sanitize's default), narrowed: links may only be http(s),
 * mailto or in-page fragments, and images are dropped entirely (bodies cite, they do not embed).
 */
export const sanitizeSchema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((t) => t !== 'img' && t !== 'picture' && t !== 'source'),
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'] },
  // remark-rehype already prefixes the only ids Markdown can create (footnotes) with user-content-;
  // prefixing again would break the footnote links.
  clobberPrefix: '',
};
