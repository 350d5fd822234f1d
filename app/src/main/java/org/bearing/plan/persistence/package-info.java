/** SQL persistence of the plan aggregates through Spring's JdbcClient; internal to the plan module. */
package org.bearing.plan.persistence;
