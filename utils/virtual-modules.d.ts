/** The search index built at build time (see `prebuiltSearchIndex` in wxt.config.ts). */
declare module 'virtual:search-index' {
  import type { SerializedSearch } from '@/lib/search/create-search';
  const index: SerializedSearch;
  export default index;
}
