package org.bearing.identity;

/** A freshly created token with its secret, which Bearing will never show again. */
public record IssuedToken(ApiToken token, String secret) {
}
