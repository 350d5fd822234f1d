/** The plan's REST API under /api/v1: JSON in and out, problem+json on errors, ETags carrying versions. */
package org.bearing.plan.web;
