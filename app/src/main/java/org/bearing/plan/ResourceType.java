package org.bearing.plan;

/** Work resources (people, equipment) are scheduled by time; material resources by quantity; cost resources carry money only. */
public enum ResourceType { WORK, MATERIAL, COST }
