/** The plan: portfolios, programs, projects, their WBS, dependencies, calendars, resources, assignments and baselines. */
package org.bearing.plan;
