-- Full-text index (SQLite): FTS5 over overlapping character bigrams plus unigrams (see baoku/archive/search.py).
-- rowid is the article id; head = kicker/headline/subheadline, body = paragraphs and captions.
CREATE VIRTUAL TABLE article_fts USING fts5(head, body, tokenize = 'unicode61');
