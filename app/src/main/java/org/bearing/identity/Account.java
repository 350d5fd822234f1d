package org.bearing.identity;

/** A person who can sign in. The password is stored only as a one-way hash. */
public record Account(long id, String username, String displayName, Role role) {
}
