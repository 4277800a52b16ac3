import { localized, type Language } from '@/lib/i18n';
import type { Highlights } from '@/lib/search/create-search';
import type { Range } from '@/lib/search/highlight';
import type { Tip } from '@/lib/schema';

/**
 * A tip's title and summary in the panel's language, with their matched words: English shows the
 * translation (the quote stays Dutch), Dutch the original.
 */
export function tipTexts(tip: Tip, language: Language, highlights?: Highlights) {
  const en = language === 'en';
  return {
    title: localized(tip, 'title', language),
    titleRanges: (en ? highlights?.enTitle : highlights?.title) as readonly Range[] | undefined,
    summary: localized(tip, 'summary', language),
    summaryRanges: (en ? highlights?.enSummary : highlights?.summary) as readonly Range[] | undefined,
  };
}
