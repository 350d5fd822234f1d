package org.bearing.identity;

import java.time.Instant;

/**
 * A personal API token as listed back to its owner: only its first characters ({@code prefix}) are kept
 * readable; the secret itself is shown once, at creation.
 */
public record ApiToken(long id, String name, String prefix, Instant createdAt, Instant expiresAt, Instant lastUsedAt) {
}
