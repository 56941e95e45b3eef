-- Impacts of the full-text index (SQLite; see baoku/archive/impacts.py): per article, one term per token it holds
-- at least twice (every token, in a short article) giving the token, its weighted count and a class of the
-- article's length, so that a one-token query scores only the articles that can be among its best. Contentless
-- and without positions (only which articles hold a term); its vocabulary gives the number of articles per term.
-- The terms of the articles stored before are written when this migration is applied (store.py); applied again
-- (a schema version set back), it builds the index anew.
DROP TABLE IF EXISTS article_impacts_vocab;
DROP TABLE IF EXISTS article_impacts;
CREATE VIRTUAL TABLE article_impacts USING fts5(terms, content = '', detail = none);
CREATE VIRTUAL TABLE article_impacts_vocab USING fts5vocab(article_impacts, row);
INSERT INTO article_impacts (article_impacts, rank) VALUES ('automerge', 8);
