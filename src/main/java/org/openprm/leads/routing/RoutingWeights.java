package org.openprm.leads.routing;

/**
 * How much each score component counts; components are each in [0,1].
 */
public record RoutingWeights(double distance, double performance, double tier, double load, double fairness) {

	public static final RoutingWeights DEFAULTS = new RoutingWeights(0.3, 0.2, 0.15, 0.15, 0.2);
}
