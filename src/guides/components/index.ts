import Callout from './Callout.astro';
import ContactCard from './ContactCard.astro';
import GetHelpNow from './GetHelpNow.astro';
import ServiceList from './ServiceList.astro';
import Steps from './Steps.astro';
import Term from './Term.astro';

/** The components editors may use in MDX without importing them (documented in content/README.md). */
export const mdxComponents = { Callout, ContactCard, GetHelpNow, ServiceList, Steps, Term };
