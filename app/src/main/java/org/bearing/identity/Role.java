package org.bearing.identity;

/** Installation-wide roles. Per-project roles (owner, member, viewer) will attach to projects, beside these. */
public enum Role { ADMIN, MEMBER }
