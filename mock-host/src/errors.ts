/**
 * Refuses trusting one more face service key: the mock backend trusts at most `limit` keys besides
 * its own (`MAX_TRUSTED_FACE_KEYS`), so that the keys it tries a ticket without `kid` with stay few.
 */
export class FaceKeyLimitError extends Error {
  override readonly name = 'FaceKeyLimitError';
  /** Stable code; never parse `message`. */
  readonly code = 'FACE_KEY_LIMIT';
  /** How many keys may be trusted. */
  readonly limit: number;

  constructor(limit: number) {
    super(`At most ${limit} face service keys can be trusted besides the mock host's own`);
    this.limit = limit;
  }
}
