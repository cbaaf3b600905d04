-- predikat warehouse, migration 1: the core tables.
-- Every table and column is documented in docs/schema.md; keep the two in step.
-- Times are TIMESTAMP in UTC (no time-zone type, so readers need no extension or pytz).

CREATE TABLE regions (
    code           VARCHAR PRIMARY KEY,   -- Kemendagri code: '16' province, '16.13' kabupaten/kota
    name           VARCHAR NOT NULL,      -- official name without the type word
    level          VARCHAR NOT NULL,      -- provinsi | kabupaten | kota
    province_code  VARCHAR NOT NULL,
    province_name  VARCHAR NOT NULL
);

CREATE TABLE region_aliases (
    code   VARCHAR NOT NULL,
    alias  VARCHAR NOT NULL,
    kind   VARCHAR NOT NULL               -- abbreviation | spelling_variant | province_short | old_name
);

CREATE TABLE documents (
    document_id        VARCHAR PRIMARY KEY,   -- 16 hex digits of sha256(url): stable across runs
    url                VARCHAR NOT NULL UNIQUE,
    final_url          VARCHAR,               -- after redirects
    source             VARCHAR NOT NULL,      -- source name from sources.toml, 'local' or 'eval'
    kind               VARCHAR NOT NULL,      -- article | regulation | feed
    title              VARCHAR,
    published_at       TIMESTAMP,             -- UTC, when the time of day is known
    published_date     DATE,                  -- the article's own (local) date
    published_basis    VARCHAR,               -- metadata | page | dateline | text | none
    place              VARCHAR,               -- dateline place ('Palembang (ANTARA) -')
    byline             VARCHAR,
    editor             VARCHAR,
    tags               VARCHAR[],
    fetched_at         TIMESTAMP NOT NULL,    -- UTC
    http_status        INTEGER,
    content_type       VARCHAR,
    sha256             VARCHAR NOT NULL,      -- of the raw bytes as fetched / read
    byte_length        BIGINT NOT NULL,
    warc_file          VARCHAR,               -- archive file holding the raw bytes (relative to the archive root)
    warc_offset        BIGINT,                -- byte offset of the WARC record in that file
    warc_length        BIGINT,                -- length of the (compressed) record
    text               VARCHAR,               -- clean text; all offsets in facts index this
    text_status        VARCHAR NOT NULL,      -- ok | empty | scanned | unreadable
    text_note          VARCHAR,               -- why, when text_status is not ok
    extractor_version  VARCHAR NOT NULL,
    run_id             VARCHAR NOT NULL       -- the run that stored this version
);

CREATE TABLE facts (
    fact_id            VARCHAR NOT NULL,      -- 16 hex digits, stable for the same claim in the same document (unique by construction; no index, for bulk-load speed)
    document_id        VARCHAR NOT NULL,
    holder_kind        VARCHAR NOT NULL,      -- region | unit
    holder             VARCHAR NOT NULL,      -- surface name of the holder
    unit_kind          VARCHAR,               -- prison, police, court... when holder_kind = 'unit'
    region_code        VARCHAR,               -- Kemendagri code; for a unit, where it is when the text says
    predikat           VARCHAR NOT NULL,      -- label of extractors/data/predikat/vocabulary.csv
    grade              VARCHAR,               -- grade of that label, or NULL
    year               INTEGER,               -- the year the predikat is for, NULL when unknown
    year_basis         VARCHAR,               -- explicit | decree | fiscal | relative | inherited | article
    status             VARCHAR NOT NULL,      -- achieved | maintain_target | target | not_achieved
    status_cue         VARCHAR,               -- the cue words that decided the status
    mention            VARCHAR NOT NULL,
    mention_start      INTEGER NOT NULL,      -- character offsets into documents.text
    mention_end        INTEGER NOT NULL,
    evidence           VARCHAR NOT NULL,      -- the sentence stating the fact
    evidence_start     INTEGER NOT NULL,
    evidence_end       INTEGER NOT NULL,
    link_method        VARCHAR,               -- how the region was linked: exact | alias | variant | fuzzy | ...
    confidence         DOUBLE NOT NULL,       -- 0..1; fuzzy, inherited and carried decisions score lower
    extractor_version  VARCHAR NOT NULL
);

CREATE TABLE region_mentions (
    document_id   VARCHAR NOT NULL,
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    surface       VARCHAR NOT NULL,
    region_code   VARCHAR NOT NULL,
    role          VARCHAR NOT NULL,           -- holder | location | office | unit | person | dateline
    method        VARCHAR NOT NULL,
    confidence    DOUBLE NOT NULL
);

CREATE TABLE regulation_citations (
    document_id    VARCHAR NOT NULL,
    mention        VARCHAR NOT NULL,
    reg_type       VARCHAR NOT NULL,          -- UU, PP, Perpres, Permenkumham, Kepmenkumham, Perda, ...
    number         VARCHAR,                   -- as written without 'Nomor': '22', 'M.HH-03.HA.02.01.01'
    year           INTEGER,
    title          VARCHAR,
    start          INTEGER NOT NULL,
    "end"          INTEGER NOT NULL,
    regulation_id  VARCHAR                    -- the JDIH record, when one is stored
);

CREATE TABLE regulations (
    regulation_id   VARCHAR PRIMARY KEY,      -- 16 hex digits of sha256(source | idData)
    source          VARCHAR NOT NULL,         -- feed name from sources.toml
    id_data         VARCHAR,                  -- the member's own record id
    reg_type        VARCHAR,
    jenis           VARCHAR,                  -- the feed's own type words
    number          VARCHAR,
    year            INTEGER,
    title           VARCHAR,
    status          VARCHAR,                  -- Berlaku | Tidak Berlaku | Dicabut | ...
    enacted_on      DATE,
    promulgated_on  DATE,
    subject         VARCHAR,
    issuer          VARCHAR,                  -- teuBadan
    source_url      VARCHAR,                  -- the feed URL
    detail_url      VARCHAR,
    pdf_url         VARCHAR,
    document_id     VARCHAR,                  -- the stored PDF text, when fetched
    pdf_status      VARCHAR,                  -- ok | scanned | none | failed | skipped
    record          VARCHAR,                  -- the original JSON record
    fetched_at      TIMESTAMP NOT NULL
);

CREATE TABLE runs (
    run_id             VARCHAR PRIMARY KEY,
    command            VARCHAR NOT NULL,      -- run | ingest | reextract | eval
    started_at         TIMESTAMP NOT NULL,
    finished_at        TIMESTAMP,
    status             VARCHAR NOT NULL,      -- ok | partial | failed
    fetched            INTEGER NOT NULL DEFAULT 0,
    new                INTEGER NOT NULL DEFAULT 0,
    changed            INTEGER NOT NULL DEFAULT 0,
    unchanged          INTEGER NOT NULL DEFAULT 0,
    skipped            INTEGER NOT NULL DEFAULT 0,
    failed             INTEGER NOT NULL DEFAULT 0,
    facts              INTEGER NOT NULL DEFAULT 0,
    errors             VARCHAR,               -- JSON list of {"item", "reason"}
    extractor_version  VARCHAR NOT NULL,
    args               VARCHAR
);

CREATE TABLE fetches (
    run_id        VARCHAR NOT NULL,
    url           VARCHAR NOT NULL,
    source        VARCHAR,
    fetched_at    TIMESTAMP NOT NULL,
    http_status   INTEGER,
    outcome       VARCHAR NOT NULL,           -- new | changed | unchanged | not_modified | skipped | failed
    reason        VARCHAR,
    sha256        VARCHAR,
    warc_file     VARCHAR,
    warc_offset   BIGINT
);

CREATE TABLE http_validators (
    url            VARCHAR PRIMARY KEY,
    etag           VARCHAR,
    last_modified  VARCHAR,
    sha256         VARCHAR,
    checked_at     TIMESTAMP NOT NULL
);
