package org.bearing.identity;

/**
 * A person who can sign in. The password is stored only as a one-way hash and never leaves the identity module.
 * A disabled account ({@code enabled == false}) can neither sign in nor use its API tokens; it is kept, not deleted,
 * so that the entries it submitted or approved still name it.
 */
public record Account(long id, String username, String displayName, Role role, boolean enabled) {
}
