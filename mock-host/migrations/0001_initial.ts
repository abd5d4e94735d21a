/**
 * Migration 1: the customs backend's tables. The rules SQL can hold are constraints here: 预录入编号 from
 * a sequence (never reissued: sequences are not rolled back), one declaration per client draft id,
 * one 认证 per resident per declaration, one reply per idempotency key of a (person, identity).
 */
export default /* sql */ `
CREATE TABLE declarations (
  pre_entry_number   text PRIMARY KEY,
  kind               text NOT NULL CHECK (kind IN ('entry', 'import')),
  declaration_number text UNIQUE,
  status             text NOT NULL,
  -- 申报时间, China time 'YYYY-MM-DD HH:mm:ss'; null while never declared
  declared_at        text,
  declared_day       text GENERATED ALWAYS AS (substr(declared_at, 1, 10)) STORED,
  updated_at         bigint NOT NULL,
  -- the China day the date filters of the lists find it by (申报时间's, else the last change's)
  list_day           text NOT NULL,
  owner_id           text NOT NULL,
  role               text NOT NULL,
  -- the client's id of a new declaration's draft, which its face challenge was bound to
  draft_id           text,
  input              jsonb NOT NULL,
  -- normalised 身份证号 of the 委托边民, and of the residents its goods count against (daily allowance)
  entrusted_ids      text[] NOT NULL DEFAULT '{}',
  allowance_ids      text[] NOT NULL DEFAULT '{}',
  UNIQUE (owner_id, draft_id)
);
CREATE INDEX declarations_by_owner ON declarations (owner_id, kind, role, pre_entry_number DESC);
CREATE INDEX declarations_by_entrusted ON declarations USING gin (entrusted_ids);
CREATE INDEX declarations_by_declared_day ON declarations (declared_day);

CREATE TABLE authentications (
  pre_entry_number text NOT NULL REFERENCES declarations ON DELETE CASCADE,
  id_number        text NOT NULL,
  authenticated_at bigint NOT NULL,
  PRIMARY KEY (pre_entry_number, id_number)
);

CREATE SEQUENCE pre_entry_sequence START WITH 3501;
CREATE SEQUENCE customs_sequence START WITH 1100001;

CREATE TABLE auth_codes (
  code       text PRIMARY KEY,
  person_id  text NOT NULL,
  reusable   boolean NOT NULL,
  expires_at bigint
);

CREATE TABLE sessions (
  token      text PRIMARY KEY,
  person_id  text NOT NULL,
  role       text,
  expires_at bigint NOT NULL
);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);

CREATE TABLE idempotency_keys (
  person_id   text NOT NULL,
  role        text NOT NULL,
  route       text NOT NULL,
  key         text NOT NULL,
  fingerprint text NOT NULL,
  status      integer NOT NULL,
  body        jsonb,
  created_at  bigint NOT NULL,
  PRIMARY KEY (person_id, role, route, key)
);
CREATE INDEX idempotency_keys_by_age ON idempotency_keys (created_at);

CREATE TABLE trusted_face_keys (
  thumbprint text PRIMARY KEY,
  jwk        jsonb NOT NULL,
  added_at   bigint NOT NULL
);

CREATE TABLE host_settings (
  key   text PRIMARY KEY,
  value text NOT NULL
);
`;
