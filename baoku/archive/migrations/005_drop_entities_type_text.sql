-- The index of entities by (type, text) is dropped: no query needs it (an article's entities are found through
-- entities_article, which holds article, type and text), and it cost a tenth of the time of storing an article,
-- every entity being inserted at a random place in it. Facets over few matches now go from each match to its
-- entities instead of from every place or organization named in the archive to its article.
DROP INDEX IF EXISTS entities_type_text;
