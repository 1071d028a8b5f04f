-- The rebuttal library: every version of every entry, and which version is current.
-- A version row is written once and never updated or deleted. Its document is the whole entry in
-- presswatch's JSON form and is what the library reads back; status, updated_at and editor repeat
-- parts of it for people and tools that query the database directly.

CREATE TABLE rebuttal (
    id              VARCHAR(64) PRIMARY KEY,
    current_version INTEGER NOT NULL
);

CREATE TABLE rebuttal_version (
    id         VARCHAR(64) NOT NULL REFERENCES rebuttal (id),
    version    INTEGER NOT NULL,
    status     VARCHAR(16) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    editor     VARCHAR NOT NULL,
    document   CLOB NOT NULL,
    PRIMARY KEY (id, version)
);
