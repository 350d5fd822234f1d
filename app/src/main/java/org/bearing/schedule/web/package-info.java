/** The schedule's REST API: computed dates and floats, the critical path, and each task's drivers. */
package org.bearing.schedule.web;
