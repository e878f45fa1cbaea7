/**
 * Chinese search by character bigrams (decision 0003). The same function builds the stored
 * tsvector text and the query, so a search for any substring of ≥ 2 characters finds the row.
 * Latin words and digit runs are kept whole (lower-cased) and as bigrams too, so IDs and names
 * like "ABC公司" or phone fragments work.
 */
const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/;

function segments(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Tokens for a document: every bigram of each segment, plus single characters of 1-char segments. */
export function bigramTokens(text: string): string[] {
  const out = new Set<string>();
  for (const seg of segments(text)) {
    const chars = Array.from(seg);
    if (chars.length === 1) out.add(seg);
    for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1]);
    // Latin words and digit runs also whole, so an exact code or word is one token.
    for (const run of seg.split(CJK_RUN)) if (run.length > 1) out.add(run);
    // single leading char so one-character queries (a surname) still match
    out.add(chars[0]);
  }
  return [...out];
}

/** The text stored in a `tsvector` column: tokens quoted so `to_tsvector('simple', …)` keeps them whole. */
export function toSearchText(...parts: Array<string | null | undefined>): string {
  return bigramTokens(parts.filter(Boolean).join(' ')).join(' ');
}

/**
 * A `to_tsquery('simple', …)` string matching rows whose text contains every segment of the query.
 * Returns null for a query with no searchable characters.
 */
export function toSearchQuery(query: string): string | null {
  const terms: string[] = [];
  for (const seg of segments(query)) {
    const chars = Array.from(seg);
    if (chars.length === 1) {
      terms.push(quote(seg));
      continue;
    }
    for (let i = 0; i + 1 < chars.length; i++) terms.push(quote(chars[i] + chars[i + 1]));
  }
  return terms.length ? [...new Set(terms)].join(' & ') : null;
}

function quote(token: string): string {
  return `'${token.replace(/'/g, "''")}'`;
}
