/**
 * The templates precompiled by `npm run build`. In the bundled CLI this
 * module is replaced by the generated one (scripts/build.mjs), so that the
 * compiled templates are part of the bundle and of V8's code cache for it;
 * run from the sources there are none, and each template is compiled from
 * its file the first time it is used.
 */
import type Handlebars from 'handlebars';

export type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

/** By key (the template's path, and its compile options when it has any): the source it was made from, and the result. */
export type Precompiled = Record<string, { source: string; spec: TemplateSpecification }>;

export const PRECOMPILED: Precompiled | undefined = undefined;
