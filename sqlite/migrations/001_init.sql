-- dyad store, schema 1.
-- Offsets (start/end columns) are Unicode code points into documents.text.
-- Dates are ISO strings: pub_date and events.date keep their own
-- granularity ("2017-10", "2021-10-22", "2021-W42"); the *_from/*_to columns
-- hold the first and last day they cover (YYYY-MM-DD) for range filters.

CREATE TABLE documents (
    id           TEXT PRIMARY KEY,          -- first 16 hex digits of content_hash
    content_hash TEXT NOT NULL UNIQUE,      -- sha256 of the whitespace-normalised text
    ext_id       TEXT NOT NULL DEFAULT '',  -- Document.ID as read
    path         TEXT NOT NULL DEFAULT '',
    url          TEXT NOT NULL DEFAULT '',
    title        TEXT NOT NULL DEFAULT '',
    source       TEXT NOT NULL DEFAULT '',
    author       TEXT NOT NULL DEFAULT '',
    lang         TEXT NOT NULL DEFAULT '',
    pub_date     TEXT NOT NULL DEFAULT '',
    pub_from     TEXT,
    pub_to       TEXT,
    text         TEXT NOT NULL,
    meta         TEXT NOT NULL DEFAULT '',  -- JSON object or empty
    n_events     INTEGER NOT NULL DEFAULT 0,
    ingested_at  TEXT NOT NULL              -- RFC 3339, UTC
);
CREATE INDEX documents_pub ON documents (pub_date);

CREATE TABLE sentences (
    doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx    INTEGER NOT NULL,
    start  INTEGER NOT NULL,
    "end"  INTEGER NOT NULL,
    PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;

-- Actor mentions (kind 'actor') and time expressions (kind 'time').
CREATE TABLE mentions (
    id         INTEGER PRIMARY KEY,
    doc_id     TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('actor', 'time')),
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       TEXT NOT NULL,
    code       TEXT NOT NULL DEFAULT '',    -- actor code
    name       TEXT NOT NULL DEFAULT '',    -- actor canonical name
    actor_kind TEXT NOT NULL DEFAULT '',    -- country, person, org, ...
    entry      TEXT NOT NULL DEFAULT '',    -- dictionary entry that gave the code
    type       TEXT NOT NULL DEFAULT '',    -- TIMEX3 type
    value      TEXT NOT NULL DEFAULT '',    -- TIMEX3 value
    sentence   INTEGER NOT NULL
);
CREATE INDEX mentions_doc ON mentions (doc_id, kind);
CREATE INDEX mentions_code ON mentions (code) WHERE kind = 'actor';

CREATE TABLE events (
    id            INTEGER PRIMARY KEY,
    doc_id        TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx           INTEGER NOT NULL,         -- order in Analysis.Events
    source        TEXT NOT NULL,
    target        TEXT NOT NULL DEFAULT '',
    source_text   TEXT NOT NULL DEFAULT '',
    target_text   TEXT NOT NULL DEFAULT '',
    source_start  INTEGER NOT NULL DEFAULT 0,
    source_end    INTEGER NOT NULL DEFAULT 0,
    target_start  INTEGER NOT NULL DEFAULT 0,
    target_end    INTEGER NOT NULL DEFAULT 0,
    code          TEXT NOT NULL,
    root          TEXT NOT NULL,            -- first two digits of code
    goldstein     REAL NOT NULL DEFAULT 0,
    quad_class    INTEGER NOT NULL DEFAULT 0 CHECK (quad_class BETWEEN 0 AND 4),
    plover        TEXT NOT NULL DEFAULT '',
    negated       INTEGER NOT NULL DEFAULT 0,
    mode          TEXT NOT NULL DEFAULT '',
    date          TEXT NOT NULL DEFAULT '', -- TIMEX3 value of the event
    day_from      TEXT,                     -- from date, else the document's date
    day_to        TEXT,
    sentence      INTEGER NOT NULL DEFAULT 0,
    ev_start      INTEGER NOT NULL DEFAULT 0,
    ev_end        INTEGER NOT NULL DEFAULT 0,
    evidence_text TEXT NOT NULL DEFAULT '',
    loc_text      TEXT,                     -- NULL when the event has no location
    loc_country   TEXT,
    loc_lat       REAL,
    loc_lon       REAL,
    pattern       TEXT NOT NULL DEFAULT '',
    UNIQUE (doc_id, idx)
);
CREATE INDEX events_source ON events (source);
CREATE INDEX events_target ON events (target);
CREATE INDEX events_root ON events (root, code);
CREATE INDEX events_day ON events (day_from, day_to);

-- Dated roles the actor stage learned from documents (appositions).
CREATE TABLE learned_roles (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL,
    code   TEXT NOT NULL,
    role   TEXT NOT NULL DEFAULT '',
    since  TEXT NOT NULL DEFAULT '',
    doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    text   TEXT NOT NULL DEFAULT '',
    UNIQUE (name, code, role, since, doc_id)
);

-- Feed items dyad watch has already seen (GUID or URL).
CREATE TABLE feed_items (
    key     TEXT PRIMARY KEY,
    seen_at TEXT NOT NULL
) WITHOUT ROWID;
