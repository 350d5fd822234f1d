/** Generated benchmark networks and timing entry points (plain Java and JMH) for the scheduling engine. */
package org.bearing.engine.bench;
