-- Accounts, their sessions and API tokens, and the audit log. Written for both engines the office
-- database runs on (H2 and PostgreSQL). No secret is stored as it is: passwords as Argon2id PHC
-- strings, session and token secrets as SHA-256 digests.

CREATE TABLE account (
    name                VARCHAR(64) PRIMARY KEY,
    account_role        VARCHAR(16) NOT NULL,
    enabled             BOOLEAN NOT NULL,
    password_hash       VARCHAR(200) NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    password_changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The provinces an officer or reader is assigned; national roles have none.
CREATE TABLE account_province (
    account  VARCHAR(64) NOT NULL REFERENCES account (name),
    province VARCHAR(16) NOT NULL,
    PRIMARY KEY (account, province)
);

CREATE TABLE web_session (
    secret_digest CHAR(64) PRIMARY KEY,
    account       VARCHAR(64) NOT NULL REFERENCES account (name),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX web_session_account ON web_session (account);

CREATE TABLE api_token (
    id            VARCHAR(16) PRIMARY KEY,
    account       VARCHAR(64) NOT NULL REFERENCES account (name),
    label         VARCHAR(100) NOT NULL,
    token_scope   VARCHAR(16) NOT NULL,
    secret_digest CHAR(64) NOT NULL UNIQUE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at  TIMESTAMP WITH TIME ZONE,
    revoked_at    TIMESTAMP WITH TIME ZONE
);

CREATE INDEX api_token_account ON api_token (account);

-- Append-only: presswatch inserts rows and reads them, never updates or deletes one.
CREATE TABLE audit_event (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(64) NOT NULL,
    action      VARCHAR(40) NOT NULL,
    target      VARCHAR(200) NOT NULL,
    detail      VARCHAR(2000) NOT NULL,
    address     VARCHAR(64) NOT NULL
);

CREATE INDEX audit_event_time ON audit_event (occurred_at);
