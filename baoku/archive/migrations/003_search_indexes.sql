-- Covering indexes for search over many matches (see baoku/archive/query.py): counts and facets read these
-- small indexes instead of the article rows (which hold the text), and an article's mentions, entities and
-- events are found with the values the facets count.
CREATE INDEX IF NOT EXISTS articles_cover ON articles (id, paper_id, date, page_no, section);
DROP INDEX IF EXISTS mentions_article;
CREATE INDEX IF NOT EXISTS mentions_article ON mentions (article_id, credit, person_id, title_id);
DROP INDEX IF EXISTS entities_article;
CREATE INDEX IF NOT EXISTS entities_article ON entities (article_id, type, text);
DROP INDEX IF EXISTS events_article;
CREATE INDEX IF NOT EXISTS events_article ON events (article_id, type);
