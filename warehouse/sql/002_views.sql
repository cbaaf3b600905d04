-- predikat warehouse, migration 2: views for researchers (documented in docs/schema.md).

-- Facts with the names a researcher wants next to them.
CREATE OR REPLACE VIEW v_facts AS
SELECT
    f.fact_id,
    f.holder_kind,
    f.holder,
    f.unit_kind,
    f.region_code,
    r.name            AS region_name,
    r.level           AS region_level,
    r.province_code,
    r.province_name,
    f.predikat,
    f.grade,
    f.year,
    f.year_basis,
    f.status,
    f.confidence,
    f.mention,
    f.evidence,
    d.document_id,
    d.url,
    d.title,
    d.published_date,
    d.source,
    f.extractor_version
FROM facts f
JOIN documents d USING (document_id)
LEFT JOIN regions r ON r.code = f.region_code;

-- One row per region x predikat x year, consolidated over every document that speaks of it.
-- status: achieved wins over the rest (a region that got it, got it); then not_achieved; then the targets.
-- conflict: some source says achieved and another says not_achieved for the same grade (NULL grade
-- matches any), or sources name different achieved grades.
CREATE OR REPLACE VIEW v_region_predikat AS
WITH region_facts AS (
    SELECT * FROM facts WHERE holder_kind = 'region' AND region_code IS NOT NULL
),
grade_conflicts AS (
    SELECT a.region_code, a.predikat, a.year
    FROM region_facts a
    JOIN region_facts n
      ON n.region_code = a.region_code AND n.predikat = a.predikat
     AND n.year IS NOT DISTINCT FROM a.year
     AND n.status = 'not_achieved'
     AND (a.grade IS NULL OR n.grade IS NULL OR a.grade = n.grade)
     AND n.document_id <> a.document_id
    WHERE a.status = 'achieved'
    GROUP BY ALL
)
SELECT
    f.region_code,
    r.name                                         AS region_name,
    r.level                                        AS region_level,
    r.province_code,
    r.province_name,
    f.predikat,
    f.year,
    CASE
        WHEN bool_or(f.status = 'achieved')        THEN 'achieved'
        WHEN bool_or(f.status = 'not_achieved')    THEN 'not_achieved'
        WHEN bool_or(f.status = 'maintain_target') THEN 'maintain_target'
        ELSE 'target'
    END                                            AS status,
    max(f.grade) FILTER (WHERE f.status = 'achieved') AS grade,
    count(DISTINCT f.document_id)                  AS documents,
    count(DISTINCT f.document_id) FILTER (WHERE f.status = 'achieved') AS documents_achieved,
    list(DISTINCT f.status ORDER BY f.status)      AS statuses,
    (count(DISTINCT f.grade) FILTER (WHERE f.status = 'achieved') > 1
        OR bool_or(c.region_code IS NOT NULL))     AS conflict,
    max(f.confidence)                              AS best_confidence
FROM region_facts f
LEFT JOIN regions r ON r.code = f.region_code
LEFT JOIN grade_conflicts c
       ON c.region_code = f.region_code AND c.predikat = f.predikat
      AND c.year IS NOT DISTINCT FROM f.year
GROUP BY ALL;

-- Regulation citations with the JDIH record they link to, when it is stored.
CREATE OR REPLACE VIEW v_citations AS
SELECT
    c.document_id,
    d.url,
    d.title            AS document_title,
    d.published_date,
    c.mention,
    c.reg_type,
    c.number,
    c.year,
    c.title,
    c.regulation_id,
    g.title            AS regulation_title,
    g.status           AS regulation_status,
    g.detail_url       AS regulation_url
FROM regulation_citations c
JOIN documents d USING (document_id)
LEFT JOIN regulations g USING (regulation_id);

-- Documents without their (large) text, for browsing.
CREATE OR REPLACE VIEW v_documents AS
SELECT document_id, url, source, kind, title, published_date, place, byline, fetched_at,
       content_type, sha256, byte_length, text_status, text_note, length(text) AS text_length,
       warc_file, warc_offset, extractor_version, run_id
FROM documents;
