/**
 * Per-site profiles: selectors for inserts whose markup is specific to one outlet or CMS.
 *
 * Sources, as the notes say per rule: "seen" = literal markup in the saved pages listed in
 * `corpus/id-news/PATTERNS.md` (page numbers given); "scraper" = a selector used by public
 * scraper code for that outlet (no saved page seen); "modelled" = no markup seen anywhere, the
 * rule reproduces the pattern described in the seed or issue and should be checked on a live page.
 * Text-only inserts ("Baca juga:", "[Gambas:…]") are left to the language tables.
 */
import type { SiteProfile } from './types.ts';

export const SITE_PROFILES: SiteProfile[] = [
  {
    id: 'detik',
    note: 'detik.com network (news, finance, inet, hot, sport…).',
    hosts: ['detik.com'],
    rules: [
      {
        id: 'site-detik-noncontent',
        kind: 'selector',
        selector: 'div.noncontent',
        category: 'related',
        note: 'Newer detik wraps inline inserts (linksisip, parallax) in `div.noncontent` (PATTERNS.md snippet).',
        fixture: 'detik-noncontent',
      },
      {
        id: 'site-detik-linksisip',
        kind: 'selector',
        selector: 'table.linksisip',
        category: 'related',
        note: 'Inline "Baca juga" table `table.linksisip > … div.lihatjg` (2018 SQL-dump snippet, PATTERNS.md).',
        fixture: 'detik-linksisip',
      },
      {
        id: 'site-detik-parallax',
        kind: 'selector',
        selector: 'div.paradetail, div.parallaxindetail, div.staticdetail_container',
        category: 'ad',
        note: 'Parallax ad box `div.paradetail` with "ADVERTISEMENT"/"SCROLL TO RESUME CONTENT" captions (snippet).',
        fixture: 'detik-parallax',
      },
      {
        id: 'site-detik-bacajugabox',
        kind: 'selector',
        selector: '#bacajugabox, div.baca_juga2',
        category: 'related',
        note: 'Floating "Baca Juga" box `div#bacajugabox.box_artikel2` (detik 2015, page 01).',
        fixture: 'detik-2015-bacajugabox',
      },
    ],
  },
  {
    id: 'cnnindonesia',
    note: 'CNN Indonesia: detik-family CMS (Trans Media).',
    hosts: ['cnnindonesia.com'],
    rules: [
      {
        id: 'site-cnnindonesia-linksisip',
        kind: 'selector',
        selector: 'table.linksisip',
        category: 'related',
        note: 'Modelled: detik-family "Baca juga" table assumed shared; no saved CNN Indonesia page seen.',
        fixture: 'cnnindonesia-parallax',
      },
      {
        id: 'site-cnnindonesia-parallax',
        kind: 'selector',
        selector: 'div.paradetail, .para_caption',
        category: 'ad',
        note: 'Scraper: a public CNN Indonesia parser strips `.para_caption` (the parallax ad captions).',
        fixture: 'cnnindonesia-parallax',
      },
    ],
  },
  {
    id: 'cnbcindonesia',
    note: 'CNBC Indonesia: detik-family CMS; inline "Baca:" links are matched by `id-baca-label`.',
    hosts: ['cnbcindonesia.com'],
    rules: [
      {
        id: 'site-cnbcindonesia-linksisip',
        kind: 'selector',
        selector: 'table.linksisip',
        category: 'related',
        note: 'Modelled: detik-family "Baca juga" table assumed shared; no saved CNBC Indonesia page seen.',
        fixture: 'cnbcindonesia-baca',
      },
    ],
  },
  {
    id: 'kompas',
    note: 'kompas.com (2015-16 pages seen; modern read__content from scraper code).',
    hosts: ['kompas.com'],
    rules: [
      {
        id: 'site-kompas-inner-link',
        kind: 'selector',
        selector: 'p:has(> a.inner-link-baca-juga), p:has(> strong > a.inner-link-baca-juga)',
        category: 'related',
        note: 'Scraper: modern kompas "Baca juga" paragraphs hold `a.inner-link-baca-juga`; the whole `<p>` goes.',
        fixture: 'kompas-inner-link',
      },
      {
        id: 'site-kompas-read-terkait',
        kind: 'selector',
        selector: 'div.kcm-read-terkait, div.berita-terkait-content',
        category: 'related',
        note: '"Berita Terkait" boxes `div.kcm-read-terkait`, `div.berita-terkait-content` (2016, pages 05, 06).',
        fixture: 'kompas-2016-terkait',
      },
      {
        id: 'site-kompas-ads-on-body',
        kind: 'selector',
        selector: '.ads-on-body, .ads-partner-wrap, .kompasidRec',
        category: 'ad',
        note: 'Scraper: in-body ad and recommendation wrappers that a public kompas parser removes.',
        fixture: 'kompas-inner-link',
      },
    ],
  },
  {
    id: 'kly',
    note: 'KLY template: liputan6, fimela, kapanlagi, bola.com, brilio, otosia, dream.',
    hosts: ['liputan6.com', 'fimela.com', 'kapanlagi.com', 'bola.com', 'brilio.net', 'otosia.com', 'dream.co.id'],
    rules: [
      {
        id: 'site-kly-baca-juga',
        kind: 'selector',
        selector: 'div.baca-juga, p.baca-juga__header, ul.baca-juga__list',
        category: 'related',
        note: '`div.baca-juga` > `p.baca-juga__header` + `ul.baca-juga__list` (2016-2021, pages 07, 08, 34-39).',
        fixture: 'fimela-baca-juga',
      },
      {
        id: 'site-kly-bacajuga-section',
        kind: 'selector',
        selector: '[data-component-name$=":section:bacajuga"], div.baca-juga-collections',
        category: 'related',
        note: '`div[data-component-name$=":section:bacajuga"]` > `div.baca-juga-collections` (liputan6 2021, page 33).',
        fixture: 'liputan6-2021-collections',
      },
      {
        id: 'site-kly-page-ui',
        kind: 'selector',
        selector:
          'div.article-content-body__break, div.article-content-body__load-more, div.article-photo-gallery--item__button-zoom',
        category: 'navigation',
        note: 'In-body UI: "Scroll down untuk melanjutkan membaca", "Lanjutkan Membaca ↓", "Perbesar" (liputan6 33, 36).',
        fixture: 'liputan6-2021-collections',
      },
      {
        id: 'site-kly-unwrap-pages',
        kind: 'reshape',
        action: 'unwrap',
        selector:
          'div.article-content-body__item, div.article-content-body__item-content, div.article-content-body__item-page, div.article-raw-content',
        category: 'navigation',
        note: 'One wrapper per article page (liputan6 33, 34, 36; fimela 38): unwrapped so Readability keeps every page, not the first.',
        fixture: 'liputan6-multipage',
      },
      {
        id: 'site-kly-dateline',
        kind: 'selector',
        selector: 'span.article-header__datetime, div.article-header__modified-time',
        category: 'syndication',
        note: '"Oleh … pada 26 Jun 2020, 13:58 WIB" / "Diperbarui …" lines inside the article section (liputan6 33, 34).',
        fixture: 'liputan6-multipage',
      },
      {
        id: 'site-kly-terkait',
        kind: 'selector',
        selector: 'div.v7-tags-terkait-warper, div.warper-berita-terkait',
        category: 'related',
        note: 'kapanlagi "Kumpulan Berita Terkait" boxes (pages 20, 21).',
        fixture: 'kapanlagi-terkait',
      },
    ],
  },
  {
    id: 'tribunnews',
    note: 'Tribun network (tribunnews.com and regional subdomains).',
    hosts: ['tribunnews.com'],
    rules: [
      {
        id: 'site-tribunnews-baca',
        kind: 'selector',
        selector: 'p.baca',
        category: 'related',
        note: 'Scraper: public tribun parsers drop `<p class="baca">` "Baca juga" paragraphs in `div.txt-article`.',
        fixture: 'tribunnews-baca',
      },
    ],
  },
  {
    id: 'okezone',
    note: 'okezone.com (2020 pages seen).',
    hosts: ['okezone.com'],
    rules: [
      {
        id: 'site-okezone-artikelbox',
        kind: 'selector',
        selector: '#artikelbox',
        category: 'related',
        note: 'Slide-in "Baca Juga" box `div#artikelbox` (page 09).',
        fixture: 'okezone-boxes',
      },
      {
        id: 'site-okezone-popin',
        kind: 'selector',
        selector: '#_popIn_recommend',
        category: 'related',
        note: 'popIn "Berita Terkait" recommendation widget `div#_popIn_recommend` (page 11).',
        fixture: 'okezone-boxes',
      },
      {
        id: 'site-okezone-meta-bottom',
        kind: 'selector',
        selector: 'div.meta-bottom-content',
        category: 'related',
        note: '"Berita Rekomendasi" block `div.meta-bottom-content` under the body (pages 09, 10).',
        fixture: 'okezone-boxes',
      },
    ],
  },
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
