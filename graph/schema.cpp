#include "graph/schema.h"

#include <string>

#include "graph/sqlite.h"

namespace newsgraph::graph {
namespace {

// Version 1. Offsets (*_start, *_end) are Unicode code points into articles.text, half-open,
// so that substr(text, start + 1, end - start) in SQLite (or text[start:end] in Python) is the
// span. See graph/SCHEMA.md.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE articles (
  id             INTEGER PRIMARY KEY,
  external_id    TEXT,
  title          TEXT,
  date           TEXT,
  source         TEXT,
  url            TEXT,
  path           TEXT,
  line           INTEGER,
  content_hash   TEXT NOT NULL UNIQUE,
  text           TEXT NOT NULL,
  sentence_count INTEGER NOT NULL,
  ingested_at    TEXT NOT NULL,
  extractor      TEXT NOT NULL
);
CREATE INDEX articles_date ON articles(date);

CREATE TABLE sentences (
  id          INTEGER PRIMARY KEY,
  article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  text        TEXT NOT NULL,
  UNIQUE (article_id, position)
);

CREATE VIRTUAL TABLE sentences_fts USING fts5(
  text, content = 'sentences', content_rowid = 'id',
  tokenize = 'porter unicode61 remove_diacritics 2');
CREATE TRIGGER sentences_fts_insert AFTER INSERT ON sentences BEGIN
  INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
  INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER sentences_fts_update AFTER UPDATE OF text ON sentences BEGIN
  INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;

CREATE TABLE entities (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL,
  type          TEXT NOT NULL,
  norm_name     TEXT NOT NULL,
  kb            TEXT,
  mention_count INTEGER NOT NULL DEFAULT 0,
  article_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_norm_name ON entities(norm_name);
CREATE INDEX entities_kb ON entities(kb) WHERE kb IS NOT NULL;

CREATE TABLE aliases (
  entity_id     INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  alias         TEXT NOT NULL,
  norm_alias    TEXT NOT NULL,
  article_count INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (entity_id, norm_alias)
);
CREATE INDEX aliases_norm_alias ON aliases(norm_alias);

CREATE TABLE entity_merges (
  article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  local_id    TEXT NOT NULL,
  name        TEXT NOT NULL,
  type        TEXT NOT NULL,
  entity_id   INTEGER NOT NULL REFERENCES entities(id),
  decision    TEXT NOT NULL,
  reason      TEXT NOT NULL,
  PRIMARY KEY (article_id, local_id)
);
CREATE INDEX entity_merges_entity ON entity_merges(entity_id);

CREATE TABLE mentions (
  id          INTEGER PRIMARY KEY,
  article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  sentence_id INTEGER REFERENCES sentences(id),
  entity_id   INTEGER REFERENCES entities(id),
  local_id    TEXT,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  text        TEXT NOT NULL,
  type        TEXT NOT NULL,
  source      TEXT,
  confidence  REAL NOT NULL,
  extractor   TEXT NOT NULL
);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE INDEX mentions_sentence ON mentions(sentence_id);
CREATE INDEX mentions_entity ON mentions(entity_id);

CREATE TABLE relations (
  id             INTEGER PRIMARY KEY,
  article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  sentence_id    INTEGER REFERENCES sentences(id),
  subject_id     INTEGER NOT NULL REFERENCES entities(id),
  predicate      TEXT NOT NULL,
  object_id      INTEGER REFERENCES entities(id),
  object_literal TEXT,
  start          INTEGER,
  end            INTEGER,
  confidence     REAL NOT NULL,
  negated        INTEGER NOT NULL DEFAULT 0,
  hedged         INTEGER NOT NULL DEFAULT 0,
  method         TEXT,
  extractor      TEXT NOT NULL,
  CHECK (object_id IS NOT NULL OR object_literal IS NOT NULL)
);
CREATE INDEX relations_article ON relations(article_id);
CREATE INDEX relations_subject ON relations(subject_id);
CREATE INDEX relations_object ON relations(object_id);

CREATE TABLE timexes (
  id          INTEGER PRIMARY KEY,
  article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  sentence_id INTEGER REFERENCES sentences(id),
  position    INTEGER NOT NULL,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  text        TEXT NOT NULL,
  type        TEXT NOT NULL,
  value       TEXT NOT NULL,
  mod         TEXT,
  anchor      TEXT NOT NULL,
  extractor   TEXT NOT NULL
);
CREATE INDEX timexes_article ON timexes(article_id);
CREATE INDEX timexes_value ON timexes(value);

CREATE TABLE events (
  id            INTEGER PRIMARY KEY,
  article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  sentence_id   INTEGER REFERENCES sentences(id),
  local_id      TEXT NOT NULL,
  type          TEXT NOT NULL,
  cameo         TEXT,
  trigger_start INTEGER NOT NULL,
  trigger_end   INTEGER NOT NULL,
  trigger_text  TEXT NOT NULL,
  date          TEXT,
  timex_id      INTEGER REFERENCES timexes(id),
  place_id      INTEGER REFERENCES entities(id),
  negated       INTEGER NOT NULL DEFAULT 0,
  hedged        INTEGER NOT NULL DEFAULT 0,
  extractor     TEXT NOT NULL
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_date ON events(date);

CREATE TABLE event_participants (
  event_id  INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  role      TEXT NOT NULL,
  PRIMARY KEY (event_id, entity_id, role)
);
CREATE INDEX event_participants_entity ON event_participants(entity_id);

CREATE TABLE quotes (
  id          INTEGER PRIMARY KEY,
  article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  sentence_id INTEGER REFERENCES sentences(id),
  speaker_id  INTEGER REFERENCES entities(id),
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  text        TEXT NOT NULL,
  cue_start   INTEGER,
  cue_end     INTEGER,
  extractor   TEXT NOT NULL
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker_id);

CREATE TABLE edge_facts (
  source_id   INTEGER NOT NULL REFERENCES entities(id),
  target_id   INTEGER NOT NULL REFERENCES entities(id),
  predicate   TEXT NOT NULL,
  kind        TEXT NOT NULL,
  article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  sentence_id INTEGER REFERENCES sentences(id),
  date        TEXT,
  fact_id     INTEGER
);
CREATE INDEX edge_facts_source ON edge_facts(source_id);
CREATE INDEX edge_facts_target ON edge_facts(target_id);
CREATE INDEX edge_facts_article ON edge_facts(article_id);

CREATE VIEW edges AS
SELECT f.source_id AS source, s.name AS source_name,
       f.target_id AS target, t.name AS target_name,
       f.predicate AS predicate, count(*) AS weight,
       min(f.date) AS first_date, max(f.date) AS last_date,
       min(f.sentence_id) AS evidence_sentence_id
FROM edge_facts f
JOIN entities s ON s.id = f.source_id
JOIN entities t ON t.id = f.target_id
GROUP BY f.source_id, f.target_id, f.predicate;

CREATE VIEW entity_timeline AS
SELECT p.entity_id AS entity_id, en.name AS entity_name,
       CASE WHEN ev.date GLOB '[0-9][0-9][0-9][0-9]*' THEN ev.date END AS date,
       ev.id AS event_id, ev.type AS event_type, ev.cameo AS cameo, p.role AS role,
       ev.trigger_text AS trigger_text, ev.negated AS negated, ev.hedged AS hedged,
       ev.article_id AS article_id, a.title AS article_title, a.date AS article_date,
       ev.sentence_id AS sentence_id, s.text AS evidence
FROM event_participants p
JOIN entities en ON en.id = p.entity_id
JOIN events ev ON ev.id = p.event_id
JOIN articles a ON a.id = ev.article_id
LEFT JOIN sentences s ON s.id = ev.sentence_id;
)sql";

// Migrations: kMigrations[v] takes a file from version v to v + 1 (v >= 1). Version 0 (an
// empty file) gets kSchemaV1 and then every step. Add the next step here when kSchemaVersion grows.
constexpr const char* kMigrations[] = {
    nullptr,  // 0 -> 1 is kSchemaV1
    // 1 -> 2: the journalist's corrections (newsgraph merge / split) that later ingests obey.
    R"sql(
CREATE TABLE entity_overrides (
  id          INTEGER PRIMARY KEY,
  kind        TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
  norm_alias  TEXT NOT NULL,
  type        TEXT NOT NULL,
  entity_id   INTEGER NOT NULL REFERENCES entities(id),
  reason      TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  UNIQUE (norm_alias, type, entity_id)
);
CREATE INDEX entity_overrides_norm_alias ON entity_overrides(norm_alias);
CREATE INDEX entity_overrides_entity ON entity_overrides(entity_id);
-- A PERSON's name after its first word ("jinping" of "xi jinping"): the resolver's name-word
-- link looks a one-word name up here and by prefix in entities_norm_name.
CREATE INDEX entities_person_rest ON entities(substr(norm_name, instr(norm_name, ' ') + 1))
  WHERE type = 'PERSON';
)sql",
    // 2 -> 3: the country context of each article and the country of each in-article entity,
    // with what decided it (extractor/country_context.h), for cross-article resolution.
    R"sql(
ALTER TABLE articles ADD COLUMN country TEXT;
ALTER TABLE articles ADD COLUMN country_source TEXT;
ALTER TABLE articles ADD COLUMN country_evidence TEXT;
ALTER TABLE articles ADD COLUMN named_countries TEXT;
ALTER TABLE entity_merges ADD COLUMN country TEXT;
ALTER TABLE entity_merges ADD COLUMN country_source TEXT;
)sql",
    // 3 -> 4: a past role or tie ("former President X", the predecessor in "Y replaced X as
    // chief executive"; extractor/relations.h) is marked, and the edges view keeps former and
    // current links apart. Rows stored before have former = 0 (not known).
    R"sql(
ALTER TABLE relations ADD COLUMN former INTEGER NOT NULL DEFAULT 0;
ALTER TABLE edge_facts ADD COLUMN former INTEGER NOT NULL DEFAULT 0;
DROP VIEW edges;
CREATE VIEW edges AS
SELECT f.source_id AS source, s.name AS source_name,
       f.target_id AS target, t.name AS target_name,
       f.predicate AS predicate, count(*) AS weight,
       min(f.date) AS first_date, max(f.date) AS last_date,
       min(f.sentence_id) AS evidence_sentence_id, f.former AS former
FROM edge_facts f
JOIN entities s ON s.id = f.source_id
JOIN entities t ON t.id = f.target_id
GROUP BY f.source_id, f.target_id, f.predicate, f.former;
)sql",
};
static_assert(sizeof(kMigrations) / sizeof(kMigrations[0]) == kSchemaVersion);

}  // namespace

std::optional<std::string> migrate_schema(sqlite3* db, int from_version) {
  for (int v = from_version; v < kSchemaVersion; ++v) {
    const char* sql = v == 0 ? kSchemaV1 : kMigrations[v];
    if (auto err = exec(db, sql)) return "migrating schema " + std::to_string(v) + " -> " +
                                         std::to_string(v + 1) + ": " + *err;
  }
  std::string pragmas = "PRAGMA application_id = " + std::to_string(kApplicationId) +
                        "; PRAGMA user_version = " + std::to_string(kSchemaVersion) + ";";
  return exec(db, pragmas.c_str());
}

}  // namespace newsgraph::graph
