/** The identity API: the caller's own account and personal API tokens. */
package org.bearing.identity.web;
