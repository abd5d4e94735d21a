/**
 * Migration 2: the bridge version of the host that minted each auth code, carried to the session it
 * opens, so that the backend knows which sessions come from a host that signs position fixes (bridge
 * 1.1) and must send signed ones. Null: not said (an older host, or the fixed demo code).
 */
export default /* sql */ `
ALTER TABLE auth_codes ADD COLUMN host_bridge_version text;
ALTER TABLE sessions ADD COLUMN host_bridge_version text;
`;
