import { z } from 'astro/zod';
import { plainText, slugId } from '../schema/fields.ts';

/**
 * One language's glossary: `content/glossary/<lang>.json`. Ids are shared across languages and
 * are the anchors. The glossary is also the term base: `term` is the one word guides use for the
 * concept in this language, and `avoid` lists the variants that must not be used for it (the
 * check warns where a guide uses one).
 */
export const glossaryFileSchema = z
  .object({
    $comment: z.string().optional(),
    terms: z
      .array(
        z.object({
          id: slugId.describe('the same in every language'),
          term: plainText.pipe(z.string().min(1)),
          definition: plainText.pipe(z.string().min(10, { error: 'write a short plain definition' })).meta({ decap: { widget: 'text' } }),
          sources: z.array(z.string().min(1)).min(1, { error: 'cite where the definition comes from' }),
          /** Other words for the same concept that guides in this language must not use. */
          avoid: z.array(plainText.pipe(z.string().min(2))).optional(),
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
