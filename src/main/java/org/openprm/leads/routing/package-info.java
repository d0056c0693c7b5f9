/**
 * The lead routing engine: plain Java without Spring, so it is unit-tested directly and benchmarked in
 * process. Hard filters in priority order, then weighted scoring, ties broken by weighted round robin,
 * named-account pinning first. Entry point: {@link org.openprm.leads.routing.RoutingEngine}.
 */
package org.openprm.leads.routing;
