#include "Schema.h"

#include <string>
#include <vector>

namespace trapline::schema {

namespace {

// Version 1: the first schema. Times are milliseconds since 1970 in the camera's local clock (camera clocks
// carry no time zone); text enumerations follow Camtrap DP where one exists.
const char* const kVersion1 = R"sql(
CREATE TABLE project_meta (
    key   TEXT PRIMARY KEY,
    value TEXT
) WITHOUT ROWID;

CREATE TABLE image_roots (
    id   INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE
);

CREATE TABLE deployments (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    folder        TEXT,
    location_name TEXT,
    latitude      REAL,
    longitude     REAL,
    start_ms      INTEGER,
    end_ms        INTEGER,
    camera_make   TEXT,
    camera_model  TEXT,
    notes         TEXT
);

-- review_state: 0 unreviewed, 1 machine-labelled, 2 reviewed by a person.
CREATE TABLE sequences (
    id            INTEGER PRIMARY KEY,
    deployment_id INTEGER NOT NULL REFERENCES deployments(id) ON DELETE CASCADE,
    start_ms      INTEGER NOT NULL,
    end_ms        INTEGER NOT NULL,
    frame_count   INTEGER NOT NULL DEFAULT 0,
    grouped_by    TEXT NOT NULL CHECK (grouped_by IN ('camera-burst', 'time-gap', 'single', 'imported')),
    review_state  INTEGER NOT NULL DEFAULT 0
);
-- Pages of sequences are read in (deployment, start, id) order with keyset paging; one index per filter.
CREATE INDEX sequences_by_deployment ON sequences(deployment_id, start_ms);
CREATE INDEX sequences_by_deployment_review ON sequences(deployment_id, review_state, start_ms);
CREATE INDEX sequences_by_review ON sequences(review_state, deployment_id, start_ms);

-- time_source: 0 none, 1 EXIF DateTimeOriginal, 2 EXIF DateTimeDigitized/DateTime, 3 file modification time
-- (4, from version 7: the file's name or a time the user set).
CREATE TABLE media (
    id             INTEGER PRIMARY KEY,
    root_id        INTEGER NOT NULL REFERENCES image_roots(id),
    rel_path       TEXT NOT NULL,
    deployment_id  INTEGER NOT NULL REFERENCES deployments(id),
    sequence_id    INTEGER REFERENCES sequences(id) ON DELETE SET NULL,
    frame_index    INTEGER,
    content_hash   INTEGER NOT NULL,
    file_size      INTEGER NOT NULL,
    file_mtime_ms  INTEGER,
    width          INTEGER,
    height         INTEGER,
    taken_at_ms    INTEGER,
    time_source    INTEGER NOT NULL DEFAULT 0,
    camera_make    TEXT,
    camera_model   TEXT,
    burst_index    INTEGER,
    burst_count    INTEGER,
    event_number   INTEGER,
    orientation    INTEGER NOT NULL DEFAULT 1,
    import_error   TEXT,
    imported_at_ms INTEGER NOT NULL,
    UNIQUE (root_id, rel_path)
);
CREATE INDEX media_by_sequence ON media(sequence_id, frame_index);
CREATE INDEX media_by_deployment ON media(deployment_id, taken_at_ms);
CREATE INDEX media_by_hash ON media(content_hash);
-- Small partial indexes keep the project summary's counts fast on a million media.
CREATE INDEX media_with_errors ON media(id) WHERE import_error IS NOT NULL;
CREATE INDEX media_without_camera_time ON media(id) WHERE time_source IN (0, 3);

-- Files met by an import that are not images at all (README.txt, .DS_Store, ...).
CREATE TABLE import_skips (
    id       INTEGER PRIMARY KEY,
    root_id  INTEGER NOT NULL REFERENCES image_roots(id),
    rel_path TEXT NOT NULL,
    reason   TEXT NOT NULL,
    UNIQUE (root_id, rel_path)
);

CREATE TABLE taxa (
    id              INTEGER PRIMARY KEY,
    scientific_name TEXT NOT NULL UNIQUE,
    common_name     TEXT,
    taxon_rank      TEXT,
    parent_id       INTEGER REFERENCES taxa(id)
);

CREATE TABLE individuals (
    id         INTEGER PRIMARY KEY,
    taxon_id   INTEGER REFERENCES taxa(id),
    name       TEXT NOT NULL,
    notes      TEXT,
    created_ms INTEGER NOT NULL
);

CREATE TABLE models (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('detector', 'classifier', 'embedder')),
    name         TEXT NOT NULL,
    version      TEXT,
    content_hash TEXT NOT NULL,
    manifest     TEXT NOT NULL,
    created_ms   INTEGER NOT NULL,
    UNIQUE (content_hash)
);

-- Boxes are normalised to the upright image: x, y of the top-left corner, w, h, all in [0, 1].
CREATE TABLE detections (
    id         INTEGER PRIMARY KEY,
    media_id   INTEGER NOT NULL REFERENCES media(id) ON DELETE CASCADE,
    x REAL NOT NULL, y REAL NOT NULL, w REAL NOT NULL, h REAL NOT NULL,
    category   TEXT NOT NULL,
    confidence REAL,
    source     TEXT NOT NULL CHECK (source IN ('human', 'machine')),
    model_id   INTEGER REFERENCES models(id),
    created_ms INTEGER NOT NULL
);
CREATE INDEX detections_by_media ON detections(media_id);

-- An observation belongs to a sequence (event level), a media, or a box of a media.
CREATE TABLE observations (
    id                  INTEGER PRIMARY KEY,
    sequence_id         INTEGER REFERENCES sequences(id) ON DELETE CASCADE,
    media_id            INTEGER REFERENCES media(id) ON DELETE CASCADE,
    detection_id        INTEGER REFERENCES detections(id) ON DELETE CASCADE,
    observation_type    TEXT NOT NULL CHECK (observation_type IN
                            ('animal', 'blank', 'human', 'vehicle', 'unknown', 'unclassified')),
    taxon_id            INTEGER REFERENCES taxa(id),
    count               INTEGER,
    individual_id       INTEGER REFERENCES individuals(id) ON DELETE SET NULL,
    life_stage          TEXT,
    sex                 TEXT,
    method              TEXT NOT NULL CHECK (method IN ('human', 'machine')),
    model_id            INTEGER REFERENCES models(id),
    confidence          REAL,
    classified_by       TEXT,
    classified_ms       INTEGER NOT NULL,
    notes               TEXT,
    CHECK (sequence_id IS NOT NULL OR media_id IS NOT NULL)
);
CREATE INDEX observations_by_sequence ON observations(sequence_id);
CREATE INDEX observations_by_media ON observations(media_id);
CREATE INDEX observations_by_taxon ON observations(taxon_id);
CREATE INDEX observations_by_individual ON observations(individual_id);

CREATE TABLE jobs (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    state       TEXT NOT NULL CHECK (state IN ('running', 'done', 'cancelled', 'failed', 'interrupted')),
    params      TEXT NOT NULL,
    done_count  INTEGER NOT NULL DEFAULT 0,
    total_count INTEGER NOT NULL DEFAULT 0,
    message     TEXT,
    started_ms  INTEGER NOT NULL,
    updated_ms  INTEGER NOT NULL,
    finished_ms INTEGER
);

CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at_ms     INTEGER NOT NULL,
    actor     TEXT NOT NULL,
    source    TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER,
    details   TEXT
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)sql";

// Version 2: background inference. Which model processed which media (so runs resume and skip work already
// done), embeddings per detection and model, the sequence-level prediction, and a review flag on frames whose
// prediction disagrees with their sequence.
const char* const kVersion2 = R"sql(
CREATE TABLE model_runs (
    media_id INTEGER NOT NULL REFERENCES media(id) ON DELETE CASCADE,
    model_id INTEGER NOT NULL REFERENCES models(id) ON DELETE CASCADE,
    state    TEXT NOT NULL CHECK (state IN ('done', 'failed')),
    error    TEXT,
    ran_ms   INTEGER NOT NULL,
    PRIMARY KEY (model_id, media_id)
) WITHOUT ROWID;

CREATE TABLE embeddings (
    detection_id INTEGER NOT NULL REFERENCES detections(id) ON DELETE CASCADE,
    model_id     INTEGER NOT NULL REFERENCES models(id) ON DELETE CASCADE,
    vector       BLOB NOT NULL, -- float32, little-endian, L2-normalised
    PRIMARY KEY (model_id, detection_id)
) WITHOUT ROWID;

CREATE TABLE sequence_predictions (
    sequence_id      INTEGER NOT NULL REFERENCES sequences(id) ON DELETE CASCADE,
    model_id         INTEGER NOT NULL REFERENCES models(id) ON DELETE CASCADE,
    observation_type TEXT NOT NULL,
    taxon_id         INTEGER REFERENCES taxa(id),
    label            TEXT,
    confidence       REAL NOT NULL,
    frames_agreeing  INTEGER NOT NULL,
    PRIMARY KEY (sequence_id, model_id)
) WITHOUT ROWID;

ALTER TABLE media ADD COLUMN review_flag TEXT;
CREATE INDEX media_flagged ON media(id) WHERE review_flag IS NOT NULL;
CREATE INDEX detections_by_model ON detections(model_id, media_id);
)sql";

// Version 3: exchange with other tools (Camtrap DP, COCO Camera Traps): the identifiers other tools gave to
// deployments, media, events and observations, the camera clock's offset from UTC, and media that live at a URL
// (an image root with an empty path: their rel_path is the URL).
const char* const kVersion3 = R"sql(
ALTER TABLE deployments ADD COLUMN external_id TEXT;
ALTER TABLE deployments ADD COLUMN location_id TEXT;
ALTER TABLE deployments ADD COLUMN utc_offset_s INTEGER;
ALTER TABLE media ADD COLUMN external_id TEXT;
ALTER TABLE media ADD COLUMN capture_method TEXT;
ALTER TABLE sequences ADD COLUMN external_id TEXT;
ALTER TABLE observations ADD COLUMN external_id TEXT;
ALTER TABLE observations ADD COLUMN behavior TEXT;
-- Fields of an imported record that Trapline has no column for (JSON object), written back on export so that a
-- data package survives a round trip.
ALTER TABLE deployments ADD COLUMN extra TEXT;
ALTER TABLE media ADD COLUMN extra TEXT;
ALTER TABLE observations ADD COLUMN extra TEXT;
CREATE UNIQUE INDEX deployments_by_external_id ON deployments(external_id) WHERE external_id IS NOT NULL;
CREATE INDEX media_by_external_id ON media(external_id) WHERE external_id IS NOT NULL;
CREATE INDEX sequences_by_external_id ON sequences(external_id) WHERE external_id IS NOT NULL;
)sql";

// Version 4: review. A person's verdict on a machine box (accepted, or rejected: kept, so that what the model
// got wrong stays known for evaluation and training, but no longer shown or exported as a label), the project's
// quick keys, and the index that the review queues' species filter needs.
const char* const kVersion4 = R"sql(
ALTER TABLE detections ADD COLUMN review TEXT CHECK (review IN ('accepted', 'rejected'));
CREATE INDEX observations_by_taxon_sequence ON observations(taxon_id, sequence_id);
)sql";

// Version 5: individual re-identification. The candidates a matcher proposed for a sighting (a box) that has no
// individual yet, best first, and the pairs a person rejected, which are never proposed again.
const char* const kVersion5 = R"sql(
CREATE TABLE match_proposals (
    id                     INTEGER PRIMARY KEY,
    detection_id           INTEGER NOT NULL REFERENCES detections(id) ON DELETE CASCADE,
    individual_id          INTEGER NOT NULL REFERENCES individuals(id) ON DELETE CASCADE,
    rank                   INTEGER NOT NULL,
    score                  REAL NOT NULL,
    matcher                TEXT NOT NULL,
    reference_detection_id INTEGER REFERENCES detections(id) ON DELETE SET NULL,
    created_ms             INTEGER NOT NULL,
    UNIQUE (detection_id, individual_id)
);
CREATE INDEX match_proposals_by_rank ON match_proposals(detection_id, rank);
CREATE TABLE match_rejections (
    detection_id  INTEGER NOT NULL REFERENCES detections(id) ON DELETE CASCADE,
    individual_id INTEGER NOT NULL REFERENCES individuals(id) ON DELETE CASCADE,
    rejected_ms   INTEGER NOT NULL,
    actor         TEXT NOT NULL,
    PRIMARY KEY (detection_id, individual_id)
) WITHOUT ROWID;
)sql";

// Version 6: fine-tuning. Each model trained in the project is a version: its folder (TorchScript weights and
// manifest), the model it was trained from, and its report (figures on the validation split, options, history).
// The model a run uses by default per kind is in project_meta ('active_classifier', 'active_embedder').
const char* const kVersion6 = R"sql(
CREATE TABLE model_versions (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('classifier', 'embedder')),
    name            TEXT NOT NULL,
    manifest_path   TEXT NOT NULL,
    base_manifest   TEXT NOT NULL,
    parent_id       INTEGER REFERENCES model_versions(id) ON DELETE SET NULL,
    report          TEXT NOT NULL,
    created_ms      INTEGER NOT NULL,
    actor           TEXT NOT NULL
);
CREATE INDEX model_versions_by_kind ON model_versions(kind, created_ms);
)sql";

// Version 8: deployment properties a data package needs and a folder import cannot know: how sure the position is
// (metres), the camera's height above ground (metres), and the camera clock's time zone by its IANA name, which
// wins over the fixed utc_offset_s of version 3 because it follows daylight saving time.
const char* const kVersion8 = R"sql(
ALTER TABLE deployments ADD COLUMN coordinate_uncertainty_m INTEGER;
ALTER TABLE deployments ADD COLUMN camera_height_m REAL;
ALTER TABLE deployments ADD COLUMN time_zone TEXT;
)sql";

// Version 9: a model stores each of its boxes once. Two runs of one model could store the same boxes twice
// (nothing stopped the second run). The copies are merged into the first (lowest id) before the unique key is
// added: what a person or a later model attached to a copy (labels, individual, embedding, match proposals and
// rejections, review verdict) moves to the box that stays; the machine labels that the second run wrote with
// its copies are dropped, as the box that stays has its own from the same model. Boxes drawn by a person are not
// touched, and boxes of imported results without a model (model_id NULL) are not keyed.
const char* const kVersion9 = R"sql(
CREATE TEMP TABLE detection_copies AS
SELECT d.id AS id, k.keep AS keep FROM detections d
JOIN (SELECT media_id, model_id, x, y, w, h, category, min(id) AS keep FROM detections
      WHERE source = 'machine' AND model_id IS NOT NULL
      GROUP BY media_id, model_id, x, y, w, h, category HAVING count(*) > 1) k
  ON d.media_id = k.media_id AND d.model_id = k.model_id AND d.x = k.x AND d.y = k.y AND d.w = k.w AND d.h = k.h
     AND d.category = k.category
WHERE d.source = 'machine' AND d.id <> k.keep;
CREATE INDEX temp.detection_copies_by_id ON detection_copies(id);

UPDATE detections SET review = (SELECT max(d.review) FROM detections d JOIN detection_copies c ON c.id = d.id
                                WHERE c.keep = detections.id)
WHERE review IS NULL AND id IN (SELECT keep FROM detection_copies);

-- An individual named on a copy's machine label passes to the kept box's label from the same model.
UPDATE observations SET individual_id = (
    SELECT max(o.individual_id) FROM observations o JOIN detection_copies c ON c.id = o.detection_id
    WHERE c.keep = observations.detection_id AND o.method = 'machine' AND o.model_id IS observations.model_id)
WHERE method = 'machine' AND individual_id IS NULL AND detection_id IN (SELECT keep FROM detection_copies);
DELETE FROM observations WHERE method = 'machine' AND detection_id IN (SELECT id FROM detection_copies)
    AND EXISTS (SELECT 1 FROM observations o JOIN detection_copies c ON c.keep = o.detection_id
                WHERE c.id = observations.detection_id AND o.method = 'machine' AND o.model_id IS observations.model_id);
DELETE FROM observations WHERE method = 'machine' AND detection_id IN (SELECT id FROM detection_copies)
    AND id NOT IN (SELECT min(o.id) FROM observations o JOIN detection_copies c ON c.id = o.detection_id
                   WHERE o.method = 'machine' GROUP BY c.keep, o.model_id);
UPDATE observations SET detection_id = (SELECT keep FROM detection_copies WHERE id = observations.detection_id)
WHERE detection_id IN (SELECT id FROM detection_copies);

UPDATE OR IGNORE embeddings SET detection_id = (SELECT keep FROM detection_copies WHERE id = embeddings.detection_id)
WHERE detection_id IN (SELECT id FROM detection_copies);
UPDATE OR IGNORE match_proposals
SET detection_id = (SELECT keep FROM detection_copies WHERE id = match_proposals.detection_id)
WHERE detection_id IN (SELECT id FROM detection_copies);
UPDATE match_proposals
SET reference_detection_id = (SELECT keep FROM detection_copies WHERE id = match_proposals.reference_detection_id)
WHERE reference_detection_id IN (SELECT id FROM detection_copies);
UPDATE OR IGNORE match_rejections
SET detection_id = (SELECT keep FROM detection_copies WHERE id = match_rejections.detection_id)
WHERE detection_id IN (SELECT id FROM detection_copies);
-- What could not move (the kept box has its own of the same kind) goes with the copies.
DELETE FROM embeddings WHERE detection_id IN (SELECT id FROM detection_copies);
DELETE FROM match_proposals WHERE detection_id IN (SELECT id FROM detection_copies);
DELETE FROM match_rejections WHERE detection_id IN (SELECT id FROM detection_copies);
DELETE FROM detections WHERE id IN (SELECT id FROM detection_copies);
DROP TABLE temp.detection_copies;

CREATE UNIQUE INDEX detections_machine_box ON detections(media_id, model_id, x, y, w, h, category)
WHERE source = 'machine';
)sql";

// Version 10: a team reviewing one project. The project's identity (a random id that each part checked out of it
// carries, so a part is never checked in to another project), each check-out (who reviews, where the part went,
// what it holds), its sequences with a hash of their labels as last synchronised on each side (the part's and
// this project's), so that a check-in tells an edit made in the part from one made here, and the conflicts a
// check-in found: a sequence changed on both sides keeps this project's labels, and the part's version waits in
// `theirs` (JSON) until a person picks one.
const char* const kVersion10 = R"sql(
INSERT OR IGNORE INTO project_meta(key, value) VALUES ('project_id', lower(hex(randomblob(16))));
CREATE TABLE checkouts (
    id            INTEGER PRIMARY KEY,
    reviewer      TEXT NOT NULL,
    part_path     TEXT NOT NULL,
    scope         TEXT NOT NULL,
    created_ms    INTEGER NOT NULL,
    actor         TEXT NOT NULL,
    checked_in_ms INTEGER,
    part_audit_mark INTEGER NOT NULL DEFAULT 0 -- the part's audit entries up to this id are checked in
);
CREATE TABLE checkout_sequences (
    checkout_id INTEGER NOT NULL REFERENCES checkouts(id) ON DELETE CASCADE,
    sequence_id INTEGER NOT NULL REFERENCES sequences(id) ON DELETE CASCADE,
    part_hash   TEXT NOT NULL,
    main_hash   TEXT NOT NULL,
    PRIMARY KEY (checkout_id, sequence_id)
) WITHOUT ROWID;
CREATE INDEX checkout_sequences_by_sequence ON checkout_sequences(sequence_id);
CREATE TABLE label_conflicts (
    id          INTEGER PRIMARY KEY,
    sequence_id INTEGER NOT NULL REFERENCES sequences(id) ON DELETE CASCADE,
    checkout_id INTEGER NOT NULL REFERENCES checkouts(id) ON DELETE CASCADE,
    reviewer    TEXT NOT NULL,
    ours        TEXT NOT NULL,
    theirs      TEXT NOT NULL,
    created_ms  INTEGER NOT NULL,
    resolution  TEXT CHECK (resolution IN ('ours', 'theirs')),
    resolved_by TEXT,
    resolved_ms INTEGER
);
CREATE INDEX label_conflicts_open ON label_conflicts(sequence_id) WHERE resolution IS NULL;
)sql";

// Version 11: where a deployment is, as SpeciesNet's geofence reads it: the country (ISO 3166-1 alpha-3, "KEN") and a
// first-level region (a US state, "CA"), so that its ensemble does not name a species that does not live there.
const char* const kVersion11 = R"sql(
ALTER TABLE deployments ADD COLUMN country_code TEXT;
ALTER TABLE deployments ADD COLUMN admin1_region TEXT;
)sql";

// Version 7: sequences grouped without a camera time say so ('file-names': consecutive file names with file times
// in step; 'no-camera-time': a frame on its own), so the list can mark them. SQLite cannot alter a CHECK
// constraint, and rebuilding the table would cascade through its references, so the constraint's text is widened
// in place: SQLite's documented procedure for changes that leave the stored rows valid
// (https://www.sqlite.org/lang_altertable.html#otheralter).
void widenSequenceGroupingCheck(db::Database& db)
{
    const auto schemaVersion = db.scalar("PRAGMA schema_version");
    db.exec("PRAGMA writable_schema = ON");
    db.exec("UPDATE sqlite_schema SET sql = replace(sql, '''single'', ''imported'')',"
            " '''single'', ''imported'', ''file-names'', ''no-camera-time'')')"
            " WHERE type = 'table' AND name = 'sequences'");
    db.exec("PRAGMA schema_version = " + std::to_string(schemaVersion + 1));
    db.exec("PRAGMA writable_schema = OFF");
}

struct Step {
    const char* sql = nullptr;
    void (*code)(db::Database&) = nullptr;
};

const std::vector<Step>& steps()
{
    static const std::vector<Step> all{{kVersion1},
                                       {kVersion2},
                                       {kVersion3},
                                       {kVersion4},
                                       {kVersion5},
                                       {kVersion6},
                                       {nullptr, widenSequenceGroupingCheck},
                                       {kVersion8},
                                       {kVersion9},
                                       {kVersion10},
                                       {kVersion11}};
    return all;
}

} // namespace

int currentVersion() { return static_cast<int>(steps().size()); }

void migrateTo(db::Database& db, int version)
{
    db::Transaction tx(db);
    const int from = db.userVersion();
    for (int v = from; v < version; ++v) {
        const Step& step = steps()[static_cast<size_t>(v)];
        if (step.sql)
            db.exec(step.sql);
        if (step.code)
            step.code(db);
    }
    db.setUserVersion(version);
    tx.commit();
}

UpgradeOutcome migrate(db::Database& db)
{
    if (db.userVersion() == currentVersion())
        return UpgradeOutcome::UpToDate;
    migrateTo(db, currentVersion());
    return UpgradeOutcome::Upgraded;
}

} // namespace trapline::schema
