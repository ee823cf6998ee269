/**
 * Phrase tables per language. Every table applies on every page (pages often lack `lang`).
 *
 * A phrase must only match a label, never the start of a real sentence: where a phrase could
 * open normal prose ("Lihat juga bagaimana…", "Recommended by doctors…") the pattern demands a
 * colon, the end of the block, or a word that only a label would use next ("video"). The prose
 * guard in `../match.ts` (short block or mostly links) is the second line of defence, not the first.
 * Patterns are regex sources, compiled with flags `iu` and anchored at the start of the block.
 */
import type { LanguageTable } from './types.ts';

/** End of a label: a colon, or nothing more in the block. */
const END = '\\s*(?::|$)';

const INDONESIAN: LanguageTable = {
  lang: 'id',
  rules: [
    {
      id: 'id-baca-juga-label',
      kind: 'phrase',
      pattern: 'baca\\s+juga\\s*:?$',
      takeLinkSiblings: true,
      category: 'related',
      note: 'A bare "Baca juga:" label whose links follow as sibling blocks (merdeka 2021, KLY 2016).',
      fixture: 'merdeka-link-siblings',
    },
    {
      id: 'id-baca-juga',
      kind: 'phrase',
      pattern: 'baca\\s+juga\\b\\s*:?',
      category: 'related',
      note: '"Baca Juga: <a>…</a>" related-link paragraphs (okezone, kompas, FTNews and most outlets).',
      fixture: 'okezone-2020-baca-juga',
    },
    {
      id: 'id-baca-label',
      kind: 'phrase',
      pattern: 'baca\\s*:',
      category: 'related',
      note: '"Baca: <a>…</a>" related links (CNBC Indonesia style), colon required.',
      fixture: 'cnbcindonesia-baca',
    },
    {
      id: 'id-baca-selengkapnya',
      kind: 'phrase',
      pattern: `baca\\s+(?:berita|artikel)?\\s*selengkapnya\\b`,
      category: 'related',
      note: '"Baca selengkapnya …" / "Baca berita selengkapnya di …" read-more links.',
      fixture: 'id-promo-phrases',
    },
    {
      id: 'id-berita-terkait',
      kind: 'phrase',
      pattern: `(?:(?:berita|artikel)\\s+(?:terkait|lainnya)|jangan\\s+lewatkan)${END}`,
      takeLinkSiblings: true,
      category: 'related',
      note: '"Berita Terkait" / "Artikel Terkait" / "Jangan Lewatkan" labels and the links after them (tempo 2015, kapanlagi).',
      fixture: 'id-promo-phrases',
    },
    {
      id: 'id-simak-lihat-juga',
      kind: 'phrase',
      pattern: '(?:simak|lihat|tonton)\\s+(?:juga\\s*)?(?::|$|video\\b)',
      category: 'promo',
      note: '"Simak juga:", "Lihat juga video …", "Tonton juga …" labels; never plain sentences.',
      fixture: 'id-promo-phrases',
    },
    {
      id: 'id-saksikan',
      kind: 'phrase',
      pattern: `saksikan\\s+(?:juga\\s+)?(?:video|live\\s*streaming|tayangan)\\b|saksikan${END}`,
      category: 'promo',
      note: '"Saksikan Video Pilihan di Bawah Ini:" and "Saksikan live streaming …" (liputan6).',
      fixture: 'id-promo-phrases',
    },
    {
      id: 'id-gambas-embed',
      kind: 'marker',
      pattern: '\\[gambas:[^\\]]{1,60}\\]',
      category: 'promo',
      note: 'Unrendered embed placeholders like "[Gambas:Video 20detik]" / "[Gambas:Video CNN]".',
      fixture: 'detik-noncontent',
    },
    {
      id: 'id-syndication',
      kind: 'phrase',
      pattern: '(?:artikel|berita|tulisan)\\s+ini\\s+(?:telah|sudah)\\s+(?:tayang|terbit|dimuat|tayang\\s+lebih\\s+dulu)\\b',
      category: 'syndication',
      note: '"Artikel ini telah tayang di Kompas.com dengan judul …" syndication notes (tribun network).',
      fixture: 'tribunnews-baca',
    },
    {
      id: 'id-editor-initials',
      kind: 'marker',
      pattern: '\\(\\s*[a-z]{2,8}(?:\\s*/\\s*[a-z]{2,8}){1,3}\\s*\\)',
      category: 'syndication',
      note: 'Editor initials closing an article, alone in their block: "(kpl/pur/tch)", "(Dio/ysl)" (kapanlagi, liputan6).',
      fixture: 'id-promo-phrases',
    },
    {
      id: 'id-credit-line',
      kind: 'phrase',
      pattern: '(?:reporter|editor|penulis|pewarta|kontributor|redaktur|fotografer)\\s*:',
      category: 'syndication',
      note: 'Short "Reporter: …" / "Editor: …" credit lines at the end of the body (liputan6 36, antara 16-19).',
      fixture: 'fimela-baca-juga',
    },
    {
      id: 'id-follow-google-news',
      kind: 'phrase',
      pattern: '(?:ikuti|follow|simak|pantau|cek)\\b[^!?]{0,110}?\\bgoogle\\s+news\\b',
      category: 'promo',
      note: '"Ikuti berita … di Google News" follow prompts at the end of articles.',
      fixture: 'id-promo-phrases',
    },
    {
      id: 'id-follow-chat-channel',
      kind: 'phrase',
      pattern:
        '(?:dapatkan|ikuti|gabung|bergabung|follow)\\b[^!?]{0,110}?\\b(?:whatsapp|telegram)\\b|simak\\s+breaking\\s+news\\b',
      category: 'promo',
      note: '"Dapatkan update berita pilihan … WhatsApp/Telegram", "Simak breaking news … WhatsApp Channel".',
      fixture: 'id-promo-phrases',
    },
    {
      id: 'id-dateline',
      kind: 'marker',
      pattern:
        "(?:[a-z][a-z .']{1,40}\\|\\s*)?(?:(?:diperbarui|diterbitkan|dipublikasikan|updated?)\\s*:?\\s*)?(?:(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu)\\s*,?\\s*\\d{1,2}\\s+(?:jan|feb|mar|apr|mei|jun|jul|agu|ags|agt|sep|okt|nov|des)[a-z]*\\.?\\s+\\d{4}(?:\\s*[,|-]?\\s*(?:pukul\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*(?:wib|wita|wit))?)?|\\d{1,2}\\s+(?:jan|feb|mar|apr|mei|jun|jul|agu|ags|agt|sep|okt|nov|des)[a-z]*\\.?\\s+\\d{4}\\s*[,|-]?\\s*(?:pukul\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*(?:wib|wita|wit))?)(?:\\s*\\|[^|]{0,30})?",
      category: 'syndication',
      note: 'A line that is only a date with a time or a weekday, "Kamis, 05 November 2015, 15:07 WIB | 1.229 Views" (republika, antara, liputan6 headers).',
      fixture: 'gen-tags-credits',
    },
    {
      id: 'id-page-count',
      kind: 'marker',
      pattern: '\\d{1,3}\\s+dari\\s+\\d{1,3}\\s+halaman',
      category: 'navigation',
      note: 'Page counters "2 dari 3 halaman" left between the pages of a joined article (KLY).',
      fixture: 'gen-tags-credits',
    },
    {
      id: 'id-view-count',
      kind: 'marker',
      pattern: '\\|?\\s*[\\d.,]+\\s*(?:views|kali\\s+dibaca|dibaca|dilihat)',
      category: 'syndication',
      note: 'A view counter left beside a removed date, "| 1.229 Views", "8.120 kali dibaca" (antara 2015).',
      fixture: 'gen-tags-credits',
    },
    {
      id: 'id-image-control',
      kind: 'marker',
      pattern: 'perbesar',
      category: 'navigation',
      note: 'The "Perbesar" (enlarge) button label of a photo, alone in its block (KLY galleries).',
      fixture: 'gen-tags-credits',
    },
    {
      id: 'id-newsletter',
      kind: 'phrase',
      pattern: '(?:jangan\\s+sampai\\s+ketinggalan|dapatkan)\\b[^.!?]{0,80}?\\b(?:newsletter|langganan|berlangganan)\\b|(?:berlangganan|langganan)\\s+newsletter\\b',
      category: 'promo',
      note: 'Newsletter pitches: "Jangan sampai ketinggalan berita terkini, langganan newsletter kami sekarang!".',
      fixture: 'gen-orphan-heading',
    },
    {
      id: 'id-app-promo',
      kind: 'phrase',
      pattern: '(?:download|unduh)\\s+(?:(?:juga|sekarang|segera)\\s+)?(?:aplikasi|app)\\b|(?:gunakan|pakai|masukkan)\\s+kode\\s+(?:referral|referal|promo|voucher)\\b',
      category: 'promo',
      note: '"Download aplikasi … sekarang" lines and app referral codes ("Gunakan kode referral …") inside the body.',
      fixture: 'gen-orphan-heading',
    },
  ],
};

const MALAY: LanguageTable = {
  lang: 'ms',
  // "Baca juga" and "Baca:" are shared with Indonesian and matched by the `id-` rules above.
  rules: [
    {
      id: 'ms-berkaitan',
      kind: 'phrase',
      pattern: `(?:artikel|berita)\\s+berkaitan${END}`,
      takeLinkSiblings: true,
      category: 'related',
      note: '"Artikel berkaitan:" / "Berita berkaitan" labels and their link lists (Malaysian outlets).',
      fixture: 'lang-ms',
    },
    {
      id: 'ms-ikuti-kami',
      kind: 'phrase',
      pattern: 'ikuti\\s+kami\\s+di\\b',
      category: 'promo',
      note: '"Ikuti kami di Facebook dan Instagram …" follow prompts.',
      fixture: 'lang-ms',
    },
  ],
};

const ENGLISH: LanguageTable = {
  lang: 'en',
  rules: [
    {
      id: 'en-dateline',
      kind: 'marker',
      pattern:
        '(?:(?:updated|published|posted)\\s*:?\\s*(?:on\\s+)?)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\s*,?\\s*(?:\\d{1,2}\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?)\\s+\\d{4}(?:\\s*[,|-]?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s*[a-z]{2,4})?)?|(?:\\d{1,2}\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?)\\s+\\d{4}\\s*[,|-]?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s*[a-z]{2,4})?)',
      category: 'syndication',
      note: 'A line that is only a date with a time or a weekday (a bare date may be a tweet\'s permalink), "Tuesday, 30 Apr 2024 4:20 PM MYT" (malaymail header).',
      fixture: 'gen-tags-credits',
    },
    {
      id: 'en-newsletter',
      kind: 'phrase',
      pattern: '(?:sign\\s+up|subscribe)\\b[^.!?]{0,60}?\\bnewsletters?\\b|(?:download|get)\\s+(?:our|the)\\s+(?:free\\s+)?app\\b|(?:join|follow)\\s+us\\s+on\\s+(?:our\\s+)?(?:whatsapp|telegram)\\b',
      category: 'promo',
      note: '"Sign up for our newsletter", "Download our app", "Join us on our WhatsApp Channel …" prompts (malaymail).',
      fixture: 'gen-orphan-heading',
    },
    {
      id: 'en-affiliate-note',
      kind: 'phrase',
      pattern: '[^.!?]{0,60}?\\b(?:(?:contain|include|use)s?\\s+(?:some\\s+)?affiliate\\s+links|(?:we|i|links)\\s+(?:may\\s+)?(?:earn|receive)[\\w\\s]{0,25}?commission)',
      category: 'promo',
      note: 'Affiliate disclosures: "This post may contain affiliate links", "When you buy through our links, we may earn a commission", "Editorial Note: … may contain affiliate links".',
      fixture: 'lang-en',
    },
    {
      id: 'en-hashtag-line',
      kind: 'marker',
      // `[^\s#,]` rather than `[\p{L}\p{N}_]`: a Unicode property class under the `iu` flags
      // costs milliseconds to compile on every page load, for the same tags.
      pattern: 'hashtags?\\s*:\\s*(?:#[^\\s#,]+[\\s,]*)+',
      category: 'promo',
      note: 'Press-release trailer "Hashtag: #ZUHYX" (Media OutReach releases on malaymail, page 28).',
      fixture: 'lang-en',
    },
    {
      id: 'en-read-also',
      kind: 'phrase',
      pattern: `(?:read\\s+also|also\\s+read)${END}`,
      category: 'related',
      note: '"Read also:" / "Also read:" labels (Asian English outlets); not "See also", a Wikipedia section.',
      fixture: 'lang-en',
    },
    {
      id: 'en-read-more',
      kind: 'phrase',
      pattern: `read\\s+more(?:\\s+(?:here|about\\s+this))?${END}`,
      category: 'related',
      note: '"Read more:" label, colon or alone only ("Read more books" is prose).',
      fixture: 'lang-en',
    },
    {
      id: 'en-related',
      kind: 'phrase',
      pattern: `related(?:\\s+(?:stories|articles|news|coverage|content|reading|posts|links))?${END}`,
      takeLinkSiblings: true,
      category: 'related',
      note: '"Related:" / "Related stories" labels and the links after them.',
      fixture: 'lang-en',
    },
    {
      id: 'en-continue-reading',
      kind: 'marker',
      pattern: '(?:advertisement\\s*[-–—:|]?\\s*)?continue\\s+reading(?:\\s+(?:below|the\\s+(?:main\\s+)?story))?',
      category: 'ad',
      note: '"Continue reading below", "Continue reading the main story", "Advertisement - Continue Reading Below" (Hearst) lines around ad slots.',
      fixture: 'lang-en',
    },
    {
      id: 'en-copyright-line',
      kind: 'phrase',
      pattern: 'copyright\\s*(?:©|\\(c\\))',
      category: 'syndication',
      note: '"COPYRIGHT © ANTARA 2015"-style copyright lines inside the body (antara 16-19).',
      fixture: 'antaranews-flybox',
    },
    {
      id: 'en-recommended',
      kind: 'phrase',
      pattern: 'recommended(?:\\s+(?:for\\s+you|stories|articles|reading)\\s*:?)?\\s*$',
      takeLinkSiblings: true,
      category: 'related',
      note: '"Recommended" / "Recommended for you" widget headings, alone only ("Recommended: OS …" is content).',
      fixture: 'lang-en',
    },
    {
      id: 'en-read-next',
      kind: 'phrase',
      pattern: `(?:read|up)\\s+next${END}`,
      category: 'related',
      note: '"Read next:" / "Up next" teaser labels.',
      fixture: 'lang-en',
    },
  ],
};

const GERMAN: LanguageTable = {
  lang: 'de',
  rules: [
    {
      id: 'de-lesen-sie-auch',
      kind: 'phrase',
      pattern: '(?:lesen\\s+sie\\s+auch|lies\\s+auch|auch\\s+interessant)\\b\\s*:?',
      category: 'related',
      note: '"Lesen Sie auch:" / "Auch interessant:" related-link lines in German news.',
      fixture: 'lang-de',
    },
    {
      id: 'de-mehr-zum-thema',
      kind: 'phrase',
      pattern: `mehr\\s+zum\\s+thema${END}`,
      takeLinkSiblings: true,
      category: 'related',
      note: '"Mehr zum Thema" headings and their link lists.',
      fixture: 'lang-de',
    },
  ],
};

const FRENCH: LanguageTable = {
  lang: 'fr',
  rules: [
    {
      id: 'fr-lire-aussi',
      kind: 'phrase',
      pattern: '(?:(?:à|a)\\s+)?lire\\s+(?:aussi|également|egalement)\\b\\s*[:|]?',
      category: 'related',
      note: '"Lire aussi :" / "À lire aussi" related-link lines (French press).',
      fixture: 'lang-fr',
    },
    {
      id: 'fr-voir-aussi',
      kind: 'phrase',
      pattern: `(?:(?:à|a)\\s+)?voir\\s+(?:aussi|également)${END}`,
      category: 'related',
      note: '"Voir aussi :" labels, colon or alone only.',
      fixture: 'lang-fr',
    },
  ],
};

const SPANISH: LanguageTable = {
  lang: 'es',
  rules: [
    {
      id: 'es-lee-tambien',
      kind: 'phrase',
      pattern: '(?:lee|lea|leer|ver)\\s+(?:también|tambien)\\b\\s*:?',
      category: 'related',
      note: '"Lee también:" / "Ver también:" related-link lines (Spanish press).',
      fixture: 'lang-es',
    },
    {
      id: 'es-leer-mas',
      kind: 'phrase',
      pattern: `(?:leer|lee)\\s+(?:más|mas)${END}|(?:te|le)\\s+puede\\s+interesar${END}`,
      category: 'related',
      note: '"Leer más:" and "Te puede interesar:" labels, colon or alone only.',
      fixture: 'lang-es',
    },
  ],
};

const PORTUGUESE: LanguageTable = {
  lang: 'pt',
  rules: [
    {
      id: 'pt-leia-tambem',
      kind: 'phrase',
      pattern: '(?:leia|veja)\\s+(?:também|tambem)\\b\\s*:?',
      category: 'related',
      note: '"Leia também:" / "Veja também:" related-link lines (Portuguese/Brazilian press).',
      fixture: 'lang-pt',
    },
    {
      id: 'pt-leia-mais',
      kind: 'phrase',
      pattern: `(?:leia|saiba)\\s+mais${END}`,
      category: 'related',
      note: '"Leia mais:" / "Saiba mais" labels, colon or alone only.',
      fixture: 'lang-pt',
    },
  ],
};

export const LANGUAGE_TABLES: LanguageTable[] = [INDONESIAN, MALAY, ENGLISH, GERMAN, FRENCH, SPANISH, PORTUGUESE];
