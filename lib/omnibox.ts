import { capLookup } from './handoff';
import { localized, type Language } from './i18n';
import { reportLabel } from './report-label';
import type { Report } from './schema';
import type { SearchResult } from './search/create-search';

/** An address-bar suggestion: what Enter hands back (`content`) and what the list shows. */
export interface Suggestion {
  content: string;
  description: string;
}

/** The prefix of a suggestion's content that names a tip rather than a query. */
export const TIP_PREFIX = 'tip:';

/**
 * Address-bar suggestions for the best tips: the title, then the speaker, and the report where
 * `reports` holds more than one. Chrome reads descriptions as XML (with `<match>` and `<dim>`),
 * Firefox as plain text: `markup` says which, and all text is escaped for Chrome.
 */
export function toSuggestions(
  results: readonly SearchResult[],
  language: Language,
  markup: boolean,
  reports: readonly Report[] = [],
): Suggestion[] {
  const names = new Map(
    reports.length > 1 ? reports.map((report) => [report.id, reportLabel(report, language)]) : [],
  );
  return results.map(({ tip }) => {
    const title = localized(tip, 'title', language);
    const source = [tip.speaker?.name, names.get(tip.report)].filter(Boolean).join(' · ');
    const description = markup
      ? `<match>${escapeXml(title)}</match>${source ? ` <dim>— ${escapeXml(source)}</dim>` : ''}`
      : `${title}${source ? ` — ${source}` : ''}`;
    return { content: `${TIP_PREFIX}${tip.id}`, description };
  });
}

/**
 * Where Enter in the address bar leads: the panel's page in a tab, with a tip opened or with the
 * query. `tab` tells that page it is not the side panel, so it leaves hand-overs to the panel.
 */
export function panelPathFor(text: string): string {
  // Cut to what a lookup reads; a lone surrogate (`encodeURIComponent` throws on it) becomes U+FFFD.
  const input = capLookup(text).replace(/\p{Cs}/gu, '\uFFFD');
  const tip = input.startsWith(TIP_PREFIX) ? input.slice(TIP_PREFIX.length) : null;
  const query = tip ? `tip=${encodeURIComponent(tip)}` : `q=${encodeURIComponent(input)}`;
  return `/sidepanel.html?${query}&tab`;
}

function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/gu,
    (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`,
  );
}
