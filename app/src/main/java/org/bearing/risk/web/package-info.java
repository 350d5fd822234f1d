/** The risk register's REST API. */
package org.bearing.risk.web;
