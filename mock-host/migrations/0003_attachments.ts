/**
 * Migration 3: uploaded 附件, kept whole in the database like everything else of the backend, each
 * owned by the person who uploaded it. A 随附单证 line refers to one by `attachmentId` in its `input`.
 */
export default /* sql */ `
CREATE TABLE attachments (
  id           text PRIMARY KEY,
  owner_id     text NOT NULL,
  name         text NOT NULL,
  content_type text NOT NULL,
  size         integer NOT NULL CHECK (size > 0),
  content      bytea NOT NULL,
  created_at   bigint NOT NULL
);
CREATE INDEX attachments_by_owner ON attachments (owner_id, created_at);
`;
