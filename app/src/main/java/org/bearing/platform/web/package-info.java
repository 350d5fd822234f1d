/**
 * How a failure looks in the browser: the Bearing error page (in the application's layout, in plain words, with a way
 * back) for page controllers and for everything the servlet container sends to {@code /error}, which also answers
 * problem+json for the API's paths.
 */
package org.bearing.platform.web;
