-- baoku archive schema, version 1 (common to SQLite and PostgreSQL).
-- {ID} is the dialect's auto-numbered primary key; dates are ISO text (YYYY-MM-DD); JSON is stored as text.
CREATE TABLE papers (
  id {ID},
  name TEXT NOT NULL UNIQUE
);
CREATE TABLE issues (
  id {ID},
  paper_id BIGINT NOT NULL REFERENCES papers(id),
  date TEXT,
  UNIQUE (paper_id, date)
);
CREATE TABLE pages (
  id {ID},
  issue_id BIGINT NOT NULL REFERENCES issues(id),
  paper_id BIGINT NOT NULL REFERENCES papers(id),
  date TEXT,
  page_no INTEGER,
  source_path TEXT NOT NULL,          -- the input file (absolute path)
  file_index INTEGER NOT NULL,        -- the page's place in that file (0 for a dump; PDF page index)
  file_pages INTEGER NOT NULL,        -- how many pages the file gave
  sha256 TEXT NOT NULL,               -- content hash of the input file
  format TEXT,
  encoding TEXT,
  original_text TEXT NOT NULL,        -- the decoded input as read (a PDF page: its text layer)
  page_json TEXT NOT NULL,            -- the full baoku.page/1 JSON with extraction
  ingested_at TEXT NOT NULL,
  UNIQUE (source_path, file_index)
);
CREATE INDEX pages_sha ON pages (sha256);
CREATE TABLE articles (
  id {ID},
  page_id BIGINT NOT NULL REFERENCES pages(id),
  paper_id BIGINT NOT NULL REFERENCES papers(id),
  date TEXT,
  page_no INTEGER,
  seq INTEGER NOT NULL,
  article_key TEXT NOT NULL,          -- the article's id within its page JSON
  section TEXT,
  kicker TEXT,
  headline TEXT,
  subheadline TEXT,
  byline TEXT,
  body TEXT NOT NULL,                 -- paragraphs joined by newlines
  flags TEXT NOT NULL,                -- JSON list
  confidence REAL
);
CREATE INDEX articles_page ON articles (page_id);
CREATE INDEX articles_date ON articles (date);
CREATE INDEX articles_paper ON articles (paper_id, date);
CREATE TABLE paragraphs (
  id {ID},
  article_id BIGINT NOT NULL REFERENCES articles(id),
  seq INTEGER NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX paragraphs_article ON paragraphs (article_id);
CREATE TABLE captions (
  id {ID},
  page_id BIGINT NOT NULL REFERENCES pages(id),
  article_id BIGINT REFERENCES articles(id),   -- NULL for a standalone photo
  seq INTEGER NOT NULL,
  text TEXT NOT NULL,
  credit TEXT
);
CREATE INDEX captions_page ON captions (page_id);
CREATE TABLE people (
  id {ID},
  name TEXT NOT NULL UNIQUE           -- a person is identified by name alone (namesakes are merged)
);
CREATE TABLE titles (
  id {ID},
  text TEXT NOT NULL,
  body TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL DEFAULT '',
  UNIQUE (text, body, role)
);
CREATE TABLE mentions (
  id {ID},
  person_id BIGINT NOT NULL REFERENCES people(id),
  article_id BIGINT NOT NULL REFERENCES articles(id),
  title_id BIGINT REFERENCES titles(id),      -- NULL when the article gives the person no title
  date TEXT,
  credit INTEGER NOT NULL DEFAULT 0,          -- 1: a byline or photo credit, not the story's subject
  generic INTEGER NOT NULL DEFAULT 0,         -- 1: a generic title such as 市领导
  spans TEXT NOT NULL                         -- JSON list of the person's mentions in the article
);
CREATE INDEX mentions_person ON mentions (person_id, date);
CREATE INDEX mentions_article ON mentions (article_id);
CREATE INDEX mentions_title ON mentions (title_id);
CREATE TABLE events (
  id {ID},
  article_id BIGINT NOT NULL REFERENCES articles(id),
  type TEXT NOT NULL,
  trigger_word TEXT,
  date TEXT,                                  -- the event's own date when found, else the issue date
  actors TEXT NOT NULL,                       -- JSON list of names
  places TEXT NOT NULL,                       -- JSON list
  data TEXT NOT NULL                          -- the event's JSON as extracted
);
CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_type ON events (type, date);
CREATE TABLE entities (
  id {ID},
  article_id BIGINT NOT NULL REFERENCES articles(id),
  type TEXT NOT NULL,
  text TEXT NOT NULL,
  value TEXT
);
CREATE INDEX entities_article ON entities (article_id);
CREATE INDEX entities_type_text ON entities (type, text);
CREATE TABLE ingest_errors (
  id {ID},
  source_path TEXT NOT NULL,
  error TEXT NOT NULL,
  at TEXT NOT NULL
);
