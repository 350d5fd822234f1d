/** Shared kernel of the application: the problem types every module raises, the HTTP conventions they share (problem+json, ETags, body limits) and the value axes of server-drawn charts. */
package org.bearing.platform;
