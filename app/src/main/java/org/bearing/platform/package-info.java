/** Shared kernel of the application: the problem types every module raises and the HTTP conventions they share (problem+json, ETags, body limits). */
package org.bearing.platform;
