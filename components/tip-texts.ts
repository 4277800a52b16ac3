import type { Highlights } from '@/lib/search/create-search';
import type { Tip } from '@/lib/schema';
import type { Range } from '@/lib/search/highlight';

/**
 * A tip's title and summary in the panel's language, with their matched words: English shows the
 * translation (the quote stays Dutch), Dutch the original.
 */
export function tipTexts(tip: Tip, language: 'nl' | 'en', highlights?: Highlights) {
  const en = language === 'en';
  return {
    title: en ? tip.en.title : tip.title,
    titleRanges: (en ? highlights?.enTitle : highlights?.title) as readonly Range[] | undefined,
    summary: en ? tip.en.summary : tip.summary,
    summaryRanges: (en ? highlights?.enSummary : highlights?.summary) as readonly Range[] | undefined,
  };
}
