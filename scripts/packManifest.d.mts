/** The manifest as published, from the repository's one: no `source` conditions, scripts or dev dependencies. */
export function packedManifest(manifest: Record<string, unknown>): Record<string, unknown>;
