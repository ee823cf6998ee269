import { describe, expect, it } from 'vitest';
import { chooseVoice, primaryLang, voicesFor } from '../../../../src/content/reader/speech/voices.ts';
import { VOICES } from './fake-speech.ts';

const { damayanti, google, amira, samantha, daniel } = VOICES;
const ALL = [samantha, google, daniel, amira, damayanti];

describe('primaryLang', () => {
  it('reads id-ID, id_ID, Android’s old in-ID and bare tags alike', () => {
    expect(['id-ID', 'id_ID', 'in-ID', 'ID', 'id'].map(primaryLang)).toEqual(['id', 'id', 'id', 'id', 'id']);
    expect(primaryLang('ms-MY')).toBe('ms');
    expect(primaryLang(null)).toBe('');
  });
});

describe('chooseVoice', () => {
  it('gives each article language its own voice: id-ID for Indonesian, ms for Malay, en for English', () => {
    expect(chooseVoice(ALL, 'id').voice).toBe(damayanti);
    expect(chooseVoice(ALL, 'ms').voice).toBe(amira);
    expect(chooseVoice(ALL, 'en').voice).toBe(samantha);
  });

  it('prefers the on-device voice of the preferred region, and keeps the list order otherwise', () => {
    expect(voicesFor(ALL, 'id')).toEqual([damayanti, google]);
    expect(voicesFor([daniel, { ...samantha, default: false }], 'en')[0]?.name).toBe('Samantha');
    expect(voicesFor([{ name: 'Lama', lang: 'in_ID' }], 'id')[0]?.name).toBe('Lama');
  });

  it('keeps the voice the user picked for the language while it is installed', () => {
    expect(chooseVoice(ALL, 'id', 'Google Bahasa Indonesia').voice).toBe(google);
    // Even another language's: the user chose it.
    expect(chooseVoice(ALL, 'id', 'Daniel').voice).toBe(daniel);
    // Uninstalled since: back to the best one.
    expect(chooseVoice(ALL, 'id', 'Gone').voice).toBe(damayanti);
  });

  it('offers a fallback when no voice fits: the related language first, else the default voice', () => {
    expect(chooseVoice([samantha, damayanti], 'ms')).toEqual({ voice: null, fallback: damayanti });
    expect(chooseVoice([daniel, samantha, amira], 'id')).toEqual({ voice: null, fallback: amira });
    expect(chooseVoice([daniel, samantha], 'id')).toEqual({ voice: null, fallback: samantha });
    expect(chooseVoice([daniel], 'de')).toEqual({ voice: null, fallback: daniel });
    expect(chooseVoice([], 'id')).toEqual({ voice: null, fallback: null });
  });
});
