/**
 * Generic ad-slot rules: they apply on every page, whatever the site or language.
 *
 * Selector rules come first in `rulesFor`, so when a generic selector and a site selector both
 * match one element, the generic id is the one reported. Site tables therefore avoid repeating
 * these selectors.
 */
import type { Rule } from './types.ts';

/** `rb-1` … `rb-12`: numbered ad-slot classes (the FTNews seed leaks them as text). */
const RB_SLOTS = Array.from({ length: 12 }, (_, i) => `[class~="rb-${i + 1}"]`).join(', ');

export const GENERIC_RULES: Rule[] = [
  {
    id: 'ad-rb-slot',
    kind: 'selector',
    selector: RB_SLOTS,
    category: 'ad',
    note: 'Numbered ad slots `div.rb-N` between body paragraphs, as in the FTNews seed.',
    fixture: 'ftnews-seed',
  },
  {
    id: 'ad-gpt-slot',
    kind: 'selector',
    selector: '[id^="div-gpt-ad"], [id^="google_ads_iframe_"]',
    category: 'ad',
    note: 'Google Publisher Tag slots `div#div-gpt-ad-*` (kompas, okezone, merdeka, liputan6 pages).',
    fixture: 'okezone-2020-baca-juga',
  },
  {
    id: 'ad-adsbygoogle',
    kind: 'selector',
    selector: 'ins.adsbygoogle',
    category: 'ad',
    note: 'AdSense units `ins.adsbygoogle` (antaranews 2015 and most small outlets).',
    fixture: 'generic-ad-slots',
  },
  {
    id: 'ad-dfp-container',
    kind: 'selector',
    selector: '[class~="dfp-ad"], [class~="dfp-slot"], [class~="gpt-ad"], [id^="dfp-ad"], [data-google-query-id]',
    category: 'ad',
    note: 'DFP/GPT containers named by class or filled by GPT (`data-google-query-id`).',
    fixture: 'generic-ad-slots',
  },
  {
    id: 'ad-parallax-box',
    kind: 'selector',
    selector: '[class~="ads-parallax"], [class~="parallax-ads"], [class~="ad-parallax"], [id$="-parallax-wrapper"]',
    category: 'ad',
    note: 'Parallax ad boxes inside the body (liputan6 `#…-topfrm-parallax-wrapper`, common `ads-parallax`).',
    fixture: 'generic-ad-slots',
  },
  {
    id: 'ad-data-attribute',
    kind: 'selector',
    selector: '[data-ad], [data-info="ad"], [data-ad-slot], [data-ad-unit]',
    category: 'ad',
    note: 'Elements flagged as ads by data attributes (KLY `div[data-info="ad"]`, `data-ad-slot`).',
    fixture: 'liputan6-2021-collections',
  },
  {
    id: 'ad-placeholder',
    kind: 'selector',
    selector:
      '.advertisement-placeholder, .article-ad, .ad-slot, .ad-container, .ads-container, .ad-wrapper, .ads-wrapper, .adsbox',
    category: 'ad',
    note: 'Ad placeholders and wrappers (KLY `div.article-ad`, `div.advertisement-placeholder`).',
    fixture: 'kly-2016-bare-label',
  },
  {
    id: 'ad-marker-advertisement',
    kind: 'marker',
    pattern: '(?:advertisement|advertisment|advertising|iklan|anzeige|publicidad|publicité|publicidade)',
    category: 'ad',
    note: 'A block or text node that says only "ADVERTISEMENT" / "Iklan" (detik, CNN Indonesia, malaymail).',
    fixture: 'generic-ad-markers',
  },
  {
    id: 'ad-marker-scroll',
    kind: 'marker',
    pattern:
      '(?:scroll\\s+(?:down\\s+)?to\\s+(?:resume|continue)(?:\\s+with)?(?:\\s+(?:content|reading))?|lanjutkan\\s+membaca(?:\\s*[↓⬇▼])?|(?:gulir|scroll)\\s+(?:ke\\s+bawah\\s+|down\\s+)?untuk\\s+(?:melanjutkan|lanjut)(?:\\s+membaca)?)',
    category: 'ad',
    note: '"SCROLL TO RESUME CONTENT" (detik), "SCROLL TO CONTINUE WITH CONTENT", "Scroll down untuk melanjutkan membaca" (liputan6).',
    fixture: 'generic-ad-markers',
  },
  {
    id: 'ad-marker-slot-name',
    kind: 'marker',
    pattern: '(?:rb-\\d{1,2}|div-gpt-ad-[\\w-]+)',
    category: 'ad',
    note: 'Ad-slot names left behind as bare text, like the seed\'s "rb-1" line.',
    fixture: 'ftnews-seed',
  },
];
