-- The source document of a page that came from a PDF: the page alone, as a one-page PDF (the web reader renders
-- it and draws the article boxes of the page JSON over it). width/height: the page's size in PDF points.
CREATE TABLE page_sources (
  page_id INTEGER PRIMARY KEY REFERENCES pages(id),
  media_type TEXT NOT NULL,
  width REAL NOT NULL,
  height REAL NOT NULL,
  data BLOB NOT NULL
);
