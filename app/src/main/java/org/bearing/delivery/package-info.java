/**
 * Delivery: the agile side of a project, its sprints and the backlog items in them (with story points), kept beside
 * the tasks they are scheduled as.
 */
package org.bearing.delivery;
