import { describe, expect, it } from 'vitest';
import { withoutSiteName } from '../../src/core/title.ts';

/** [page title, og:site_name, URL, expected title, expected site segment] */
type Case = [string, string | null, string, string, string | null];

const STRIPPED: Case[] = [
  ['Harga Emas Antam Naik Rp 5.000 per Gram - Kompas.com', null, 'https://money.kompas.com/read/2024/05/01/1', 'Harga Emas Antam Naik Rp 5.000 per Gram', 'Kompas.com'],
  ['Kompas.com: Nasional - KPU Tetapkan Jadwal Pilkada Serentak', null, 'https://nasional.kompas.com/read/1', 'KPU Tetapkan Jadwal Pilkada Serentak', 'Kompas.com'],
  ['Gempa M 5,2 Guncang Cianjur, Warga Berhamburan - detikNews', 'detiknews', 'https://news.detik.com/berita/d-123/gempa', 'Gempa M 5,2 Guncang Cianjur, Warga Berhamburan', 'detikNews'],
  ['Timnas Indonesia Menang 2-0 atas Vietnam | Republika Online', 'Republika Online', 'https://bola.republika.co.id/berita/abc', 'Timnas Indonesia Menang 2-0 atas Vietnam', 'Republika Online'],
  ['Harga Cabai Melonjak Jelang Lebaran|Republika Online', null, 'https://ekonomi.republika.co.id/berita/x', 'Harga Cabai Melonjak Jelang Lebaran', 'Republika Online'],
  ['Jokowi Resmikan Tol Baru di Sumatera | Nasional | Tempo.co', null, 'https://nasional.tempo.co/read/1', 'Jokowi Resmikan Tol Baru di Sumatera', 'Tempo.co'],
  ['Banjir Rendam Ratusan Rumah di Bekasi - Liputan6.com', 'liputan6.com', 'https://www.liputan6.com/news/read/1', 'Banjir Rendam Ratusan Rumah di Bekasi', 'Liputan6.com'],
  ['Polisi Tangkap Pelaku Begal di Depok : Okezone News', 'Okezone', 'https://news.okezone.com/read/2024/1', 'Polisi Tangkap Pelaku Begal di Depok', 'Okezone News'],
  ['Polisi Tangkap Pelaku Begal di Depok - Okezone News', null, 'https://news.okezone.com/read/2024/1', 'Polisi Tangkap Pelaku Begal di Depok', 'Okezone News'],
  ['Menkeu: Defisit APBN Masih Terjaga - ANTARA News', 'Antara News', 'https://www.antaranews.com/berita/1', 'Menkeu: Defisit APBN Masih Terjaga', 'ANTARA News'],
  ['Menkeu: Defisit APBN Masih Terjaga - Antara', null, 'https://www.antaranews.com/berita/1', 'Menkeu: Defisit APBN Masih Terjaga', 'Antara'],
  ['Pemkot Surabaya Buka Lowongan Guru - Surya.co.id', null, 'https://surabaya.tribunnews.com/2024/1', 'Pemkot Surabaya Buka Lowongan Guru - Surya.co.id', null],
  ['Pemkot Yogyakarta Tata Malioboro - Tribun Jogja', 'Tribunjogja.com', 'https://jogja.tribunnews.com/2024/1', 'Pemkot Yogyakarta Tata Malioboro', 'Tribun Jogja'],
  ['Daftar Harga HP Samsung Terbaru - Tribunnews.com', null, 'https://www.tribunnews.com/techno/1', 'Daftar Harga HP Samsung Terbaru', 'Tribunnews.com'],
  ['CNN Indonesia: Rupiah Menguat ke Level 15.600 - Ekonomi', 'CNN Indonesia', 'https://www.cnnindonesia.com/ekonomi/1', 'Rupiah Menguat ke Level 15.600 - Ekonomi', 'CNN Indonesia'],
  ['Sri Mulyani Bicara Soal Pajak Karbon – Bisnis.com', null, 'https://ekonomi.bisnis.com/read/1', 'Sri Mulyani Bicara Soal Pajak Karbon', 'Bisnis.com'],
  ['Keeping sourdough starter alive on holiday — The Kitchn', 'The Kitchn', 'https://www.thekitchn.com/sourdough', 'Keeping sourdough starter alive on holiday', 'The Kitchn'],
  ['Apple unveils new MacBook Air | The Verge', null, 'https://www.theverge.com/2024/1/1/apple', 'Apple unveils new MacBook Air', 'The Verge'],
  ['Inflation eases in euro zone - BBC News', null, 'https://www.bbc.com/news/business-1', 'Inflation eases in euro zone', 'BBC News'],
  ['Inflation eases in euro zone | Business | The Guardian', 'the Guardian', 'https://www.theguardian.com/business/2024/1', 'Inflation eases in euro zone', 'The Guardian'],
  ['Spider-Man: Far From Home - Marvel', null, 'https://www.marvel.com/movies/spider-man', 'Spider-Man: Far From Home', 'Marvel'],
  ['Kuala Lumpur to get new LRT line · Malay Mail', 'Malay Mail', 'https://www.malaymail.com/news/1', 'Kuala Lumpur to get new LRT line', 'Malay Mail'],
  ['detikcom - Informasi Berita Terkini Hari Ini', null, 'https://www.detik.com/', 'Informasi Berita Terkini Hari Ini', 'detikcom'],
  ['Wie man Sauerteig pflegt » SPIEGEL ONLINE', 'DER SPIEGEL', 'https://www.spiegel.de/kultur/1', 'Wie man Sauerteig pflegt', 'SPIEGEL ONLINE'],
];

const KEPT: Case[] = [
  // The same word starts the headline: "Detik-detik" is the headline's, not the name.
  ['Detik - Detik Jelang Pelantikan Presiden', null, 'https://news.detik.com/berita/1', 'Detik - Detik Jelang Pelantikan Presiden', null],
  // A route, not a site.
  ['Jakarta - Bandung Ditempuh 45 Menit dengan Kereta Cepat', null, 'https://www.example.com/a', 'Jakarta - Bandung Ditempuh 45 Menit dengan Kereta Cepat', null],
  // A colon in the headline is the headline's own, even with a short segment after it.
  ['Menteri Keuangan Sri Mulyani: Ekonomi Tumbuh - Kompas.com', null, 'https://money.kompas.com/read/1', 'Menteri Keuangan Sri Mulyani: Ekonomi Tumbuh', 'Kompas.com'],
  // A headline about the outlet's group is not the outlet's name.
  ['Kompas Gramedia Buka Lowongan Kerja - Lowongan', null, 'https://www.kompas.com/a', 'Kompas Gramedia Buka Lowongan Kerja - Lowongan', null],
  // Nothing would be left.
  ['Kompas.com', null, 'https://www.kompas.com/', 'Kompas.com', null],
  // No site to recognise it by.
  ['Harga Emas Naik - Kompas.com', null, 'not a url', 'Harga Emas Naik - Kompas.com', null],
  ['Review: The Best Budget Phones - Part 2', null, 'https://www.gadgets.example/review', 'Review: The Best Budget Phones - Part 2', null],
  // A section-like segment with a number is part of the headline.
  ['Liga 1 - Persib Juara - Bola.com', null, 'https://www.bola.com/indonesia/1', 'Liga 1 - Persib Juara', 'Bola.com'],
];

describe('withoutSiteName', () => {
  for (const [title, siteName, url, expected, site] of [...STRIPPED, ...KEPT]) {
    it(`${title} (${url})`, () => {
      expect(withoutSiteName(title, siteName, url)).toEqual({ title: expected, site });
    });
  }

  it('keeps a title with no separator', () => {
    expect(withoutSiteName('Kompas Gramedia Buka Lowongan', 'Kompas.com', 'https://www.kompas.com/')).toEqual({ title: 'Kompas Gramedia Buka Lowongan', site: null });
  });
});
