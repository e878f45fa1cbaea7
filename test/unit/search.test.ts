import { describe, expect, it } from 'vitest';
import { bigramTokens, toSearchQuery, toSearchText } from '../../src/core/search';

describe('bigram search', () => {
  it('indexes every pair of adjacent characters', () => {
    expect(bigramTokens('林晓峰')).toEqual(expect.arrayContaining(['林晓', '晓峰', '林']));
  });
  it('keeps latin words whole and lower-cased', () => {
    expect(bigramTokens('ABC公司')).toEqual(expect.arrayContaining(['abc', 'ab', 'c公', '公司']));
  });
  it('builds a query that ANDs the bigrams of the search text', () => {
    expect(toSearchQuery('晓峰')).toBe("'晓峰'");
    expect(toSearchQuery('第一中学')).toBe("'第一' & '一中' & '中学'");
    expect(toSearchQuery('  ,, ')).toBeNull();
  });
  it('never lets punctuation into the query', () => {
    expect(toSearchQuery("o'neil")).toBe("'o' & 'ne' & 'ei' & 'il'");
    expect(toSearchText('a', null, undefined)).toBe('a');
  });
});
