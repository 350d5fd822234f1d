/** The identity API and pages: the caller's account, password and API tokens, and account administration. */
package org.bearing.identity.web;
