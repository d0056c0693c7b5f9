/**
 * Lead distribution: leads are received (portal, API, CSV import, public web form), qualified by
 * configurable scoring, routed to the best-placed partner with a stored explanation, accepted or
 * declined within an acceptance window (business calendar), recalled when stale, and converted into
 * deal registrations. Use cases: {@link org.openprm.leads.LeadManagement} (intake, reading),
 * {@link org.openprm.leads.LeadWork} (the partner's actions), {@link org.openprm.leads.LeadDistribution}
 * (vendor steering, explanations, capacities). The routing engine is {@code leads.routing}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared :: *", "identity", "partners", "programs",
		"deals", "cluster", "notifications" })
package org.openprm.leads;
