/** The interop REST API: schedule files in. */
package org.bearing.interop.web;
