import { z } from 'astro/zod';

/** One language's glossary: `content/glossary/<lang>.json`. Ids are shared across languages and are the anchors. */
export const glossaryFileSchema = z
  .object({
    terms: z
      .array(
        z.object({
          id: z.string().regex(/^[a-z0-9-]+$/, { error: 'ids are lowercase words joined by hyphens, the same in every language' }),
          term: z.string().trim().min(1),
          definition: z.string().trim().min(10, { error: 'write a short plain definition' }),
          sources: z.array(z.string().min(1)).min(1, { error: 'cite where the definition comes from' }),
        }).strict(),
      )
      .min(1),
  })
  .superRefine((file, ctx) => {
    const ids = file.terms.map((t) => t.id);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: ['terms', i, 'id'], message: `"${id}" appears twice` });
    });
  });

export type GlossaryTerm = z.infer<typeof glossaryFileSchema>['terms'][number];
