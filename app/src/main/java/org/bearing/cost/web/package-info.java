/** The cost module's REST API: earned value and earned schedule of a project. */
package org.bearing.cost.web;
