import { describe, expect, it } from 'vitest';
import { publishedItem, text } from '../../../tests/helpers/published-item';
import { mergeFeed } from '../../../shared/merged-feed';
import { foldWord, searchIndex } from './search';

describe('search on the phone', () => {
  it('folds case and accents, so a word typed without Polish letters finds the text', () => {
    expect(foldWord('Łóżko')).toBe('lozko');
    expect(foldWord('ŞTIINŢĂ')).toBe('stiinta');
  });

  it('finds an entry by a body word typed without accents, in the language it is shown in', () => {
    const entries = mergeFeed([publishedItem({ translations: { nl: text('Huur', '<p>Betaal op tijd.</p>'), pl: text('Czynsz', '<p>Płać czynsz do piątego dnia miesiąca.</p>') } })], 'pl');
    const search = searchIndex(entries);
    expect(search('piatego').map((e) => e.title)).toEqual(['Czynsz']);
    expect(search('PLAC czynsz').map((e) => e.title)).toEqual(['Czynsz']);
    expect(search('Betaal')).toEqual([]); // the Dutch source is not what this worker is shown
  });
});
