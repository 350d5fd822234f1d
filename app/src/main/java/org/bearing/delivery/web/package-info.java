/** The backlog API and the Backlog tab of a project. */
package org.bearing.delivery.web;
