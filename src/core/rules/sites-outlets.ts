/**
 * Site profiles, part 2: the other outlets (merdeka, mediaindonesia, suara, sindonews, tempo,
 * antaranews, republika, viva, ftnews, malaymail). `sites.ts` joins the parts; the sources of each
 * rule are explained there.
 */
import type { SiteProfile } from './types.ts';

export const OUTLET_PROFILES: SiteProfile[] = [
  {
    id: 'merdeka',
    note: 'merdeka.com (2021 pages seen). The "Baca juga:" label + link siblings go via `id-baca-juga-label`.',
    hosts: ['merdeka.com'],
    rules: [
      {
        id: 'site-merdeka-reveal-pages',
        kind: 'reshape',
        action: 'reveal',
        selector: 'div.paging-content[data-paging_num]',
        category: 'navigation',
        note: 'Pages 2 to n of an article shipped as hidden `div.paging-content` (page 30): shown for extraction.',
        fixture: 'merdeka-read-too',
      },
      {
        id: 'site-merdeka-photo-credit',
        kind: 'selector',
        selector: 'div.imageinfo',
        category: 'syndication',
        note: 'Photo credit line under each image, `div.imageinfo` ("©MGM", page 30).',
        fixture: 'merdeka-read-too',
      },
      {
        id: 'site-merdeka-read-too',
        kind: 'selector',
        selector: 'p.read-too, div.page-number',
        category: 'navigation',
        note: 'Multi-page "Baca Selanjutnya:" link `p.read-too` and `div.page-number` (pages 30, 32).',
        fixture: 'merdeka-read-too',
      },
      {
        id: 'site-merdeka-gplus',
        kind: 'selector',
        selector: '#gplus_recommendation',
        category: 'related',
        note: 'Recommendation box `div#gplus_recommendation` (pages 30-32).',
        fixture: 'merdeka-read-too',
      },
    ],
  },
  {
    id: 'mediaindonesia',
    note: 'mediaindonesia.com (2025-26 pages seen).',
    hosts: ['mediaindonesia.com'],
    rules: [
      {
        id: 'site-mediaindonesia-related-news',
        kind: 'selector',
        selector: 'p.related-news',
        category: 'related',
        note: '`<p class="related-news"><strong>Baca juga :&nbsp;<a>…` inline inserts (pages 25, 26).',
        fixture: 'mediaindonesia-related-news',
      },
      {
        id: 'site-mediaindonesia-ads',
        kind: 'selector',
        selector: '[id^="Ads_"]',
        category: 'ad',
        note: 'Ad slots `div#Ads_billboard`, `div#Ads_logoMicro` (pages 25-27).',
        fixture: 'mediaindonesia-related-news',
      },
    ],
  },
  {
    id: 'suara',
    note: 'suara.com.',
    hosts: ['suara.com'],
    rules: [
      {
        id: 'site-suara-baca-juga',
        kind: 'selector',
        selector: 'p.baca-juga-new, div.berita--terkait',
        category: 'related',
        note: 'Scraper: public suara parsers drop `p.baca-juga-new` (seen in an embedded suara body) and `.berita--terkait`.',
        fixture: 'suara-baca-juga',
      },
    ],
  },
  {
    id: 'sindonews',
    note: 'sindonews.com.',
    hosts: ['sindonews.com'],
    rules: [
      {
        id: 'site-sindonews-baca-inline',
        kind: 'selector',
        selector: 'div.baca-inline, div.baca-inline-head',
        category: 'related',
        note: 'Scraper: public sindonews parsers strip `div.baca-inline` related links from `div#content`.',
        fixture: 'sindonews-baca-inline',
      },
    ],
  },
  {
    id: 'tempo',
    note: 'tempo.co (2015 page seen).',
    hosts: ['tempo.co'],
    rules: [
      {
        id: 'site-tempo-terkait',
        kind: 'selector',
        selector: 'div.blocking:has(> div.title.small + ul.list-text)',
        category: 'related',
        note: '"Berita Terkait" block `div.blocking > div.title.small + ul.list-text` (2015, page 22).',
        fixture: 'tempo-2015-terkait',
      },
    ],
  },
  {
    id: 'antaranews',
    note: 'antaranews.com (2015-17 pages seen).',
    hosts: ['antaranews.com'],
    rules: [
      {
        id: 'site-antaranews-flybox',
        kind: 'selector',
        selector: '#box_fly, #flybox',
        category: 'related',
        note: 'Floating "Baca Juga" box `div#box_fly` (`#fly_close`, `div.ttl`, `div.fall` items) (pages 16-19).',
        fixture: 'antaranews-flybox',
      },
      {
        id: 'site-antaranews-sidebar',
        kind: 'selector',
        selector: 'div.main > div.right, ul.terpopuler',
        category: 'related',
        note: '"Terpopuler" sidebar beside the body in the same `div.main`, which Readability otherwise takes whole (page 17).',
        fixture: 'antaranews-flybox',
      },
      {
        id: 'site-antaranews-dateline',
        kind: 'selector',
        selector: 'div.bjbrt > div.date',
        category: 'syndication',
        note: 'Date and view-count line "Selasa, 23 Februari 2016 14:49 WIB | 1.999 Views" above the body (pages 16-19).',
        fixture: 'antaranews-flybox',
      },
    ],
  },
  {
    id: 'republika',
    note: 'republika.co.id (2015-17 pages seen).',
    hosts: ['republika.co.id'],
    rules: [
      {
        id: 'site-republika-terkait',
        kind: 'selector',
        selector: 'div.detail-terkait, div.kop-terkait, div.terkait.global-detail',
        category: 'related',
        note: '"Berita Terkait" blocks `div.wrap-dt.detail-terkait`, `div.kop-terkait` (pages 12-15).',
        fixture: 'republika-terkait',
      },
      {
        id: 'site-republika-photo-box',
        kind: 'selector',
        selector: 'div.box-foto-terkait, div.def-foto',
        category: 'related',
        note: '"Foto Terkait" box (with the hadith corner) and the photo credit `div.def-foto` inside the body (page 13).',
        fixture: 'republika-terkait',
      },
      {
        id: 'site-republika-dateline',
        kind: 'selector',
        selector: 'div.content-detail-center div.date',
        category: 'syndication',
        note: 'Date and "Komentar : 0" line `div.date` inside the article column (page 13).',
        fixture: 'republika-terkait',
      },
    ],
  },
  {
    id: 'viva',
    note: 'viva.co.id (2016 page seen).',
    hosts: ['viva.co.id'],
    rules: [
      {
        id: 'site-viva-terkait',
        kind: 'selector',
        selector: 'section.artikel-terkait, section.bacajuga',
        category: 'related',
        note: '`section.portlet.artikel-terkait` ("TERKAIT") and `section.portlet.bacajuga` (2016, page 23).',
        fixture: 'viva-terkait',
      },
    ],
  },
  {
    id: 'ftnews',
    note: 'ftnews.co.id: markup modelled on the project seed (no saved page exists).',
    hosts: ['ftnews.co.id'],
    rules: [
      {
        id: 'site-ftnews-photo-credit',
        kind: 'selector',
        selector: 'figure figcaption, p.caption',
        category: 'syndication',
        note: 'Modelled: the seed\'s in-body photo credit "Ilustrasi ChatGPT. REUTERS/Dado Ruvic".',
        fixture: 'ftnews-seed',
      },
      {
        id: 'site-ftnews-tags',
        kind: 'selector',
        selector: 'div.tag-list, div.terkini',
        category: 'navigation',
        note: 'Modelled: the seed\'s "Tag Teknologi …" line and "Terkini" latest-news footer.',
        fixture: 'ftnews-seed',
      },
    ],
  },
  {
    id: 'malaymail',
    note: 'malaymail.com (English, 2024 page seen).',
    hosts: ['malaymail.com'],
    rules: [
      {
        id: 'site-malaymail-related',
        kind: 'selector',
        selector: 'div.malaymail-related-articles',
        category: 'related',
        note: 'Related-articles box `div.malaymail-related-articles` (page 29).',
        fixture: 'malaymail-ad-label',
      },
      {
        id: 'site-malaymail-ad-label',
        kind: 'selector',
        selector: 'div.ad-label, div.sidebar-square-ad, #mm-teads',
        category: 'ad',
        note: '`div.ad-label` "Advertisement" + `div.sidebar-square-ad` between body paragraphs, `#mm-teads` (page 28).',
        fixture: 'malaymail-ad-label',
      },
    ],
  },
];
