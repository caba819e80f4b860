import Callout from './Callout.astro';
import ContactCard from './ContactCard.astro';
import ContentLink from './ContentLink.astro';
import GetHelpNow from './GetHelpNow.astro';
import ServiceList from './ServiceList.astro';
import Steps from './Steps.astro';
import Term from './Term.astro';

/** The components editors may use in MDX without importing them (declared in ./props.ts). */
export const editorComponents = { Callout, ContactCard, GetHelpNow, ServiceList, Steps, Term };

/** What MDX renders with: the editors' components, and Markdown links rendered by ContentLink. */
export const mdxComponents = { ...editorComponents, a: ContentLink };
