/** Working calendars and working-time arithmetic on wall-clock minutes, with base-calendar inheritance and exceptions. */
package org.bearing.engine.calendar;
