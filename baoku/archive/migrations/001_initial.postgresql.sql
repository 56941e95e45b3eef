-- Full-text index (PostgreSQL): the same bigram/unigram token stream as a tsvector of the 'simple'
-- configuration (no stemming, no stop words), headline tokens weighted A, body D; GIN-indexed.
CREATE TABLE article_fts (
  article_id BIGINT PRIMARY KEY REFERENCES articles(id),
  fts tsvector NOT NULL
);
CREATE INDEX article_fts_gin ON article_fts USING gin (fts);
