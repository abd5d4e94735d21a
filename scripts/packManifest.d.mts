/** Where a published package comes from: the repository's URL and the package's folder in it. */
export interface PackedRepository {
  url: string;
  directory: string;
}

/**
 * The manifest as published, from the repository's one: no `source` conditions, scripts or dev
 * dependencies; with `repository`, a `repository` field naming it.
 */
export function packedManifest(
  manifest: Record<string, unknown>,
  repository?: PackedRepository,
): Record<string, unknown>;

/** Whether `url` is one a consumer can reach (https, ssh, git, or scp-like `user@host:path`), not a local path. */
export function isNetworkUrl(url: string): boolean;
