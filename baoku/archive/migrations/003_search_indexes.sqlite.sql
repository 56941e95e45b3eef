-- The full-text index merges its segments eight at a time instead of four: about a fifth less work per stored
-- page (every commit writes a segment), for a few more segments to read per query term.
INSERT INTO article_fts (article_fts, rank) VALUES ('automerge', 8);
