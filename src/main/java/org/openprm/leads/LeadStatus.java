package org.openprm.leads;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a lead stands. Before routing: {@code NEW} (just received), {@code WAITING} (scored below the
 * threshold, in the vendor's queue), {@code QUEUED} (qualified, waiting for a partner), {@code DUPLICATE}
 * (linked to an open lead for the same company). With a partner: {@code OFFERED} (awaiting acceptance),
 * {@code ACCEPTED}, {@code CONTACTED}, {@code QUALIFIED} (qualified by the partner), then {@code CONVERTED}
 * (to a deal registration) or {@code LOST}. Declines and recalls are outcomes of an assignment: the lead
 * goes to the next partner ({@code OFFERED}) or back to {@code QUEUED}.
 */
public enum LeadStatus {

	NEW, WAITING, QUEUED, DUPLICATE, OFFERED, ACCEPTED, CONTACTED, QUALIFIED, CONVERTED, LOST;

	private static final Set<LeadStatus> WITH_PARTNER = EnumSet.of(OFFERED, ACCEPTED, CONTACTED, QUALIFIED);

	public Set<LeadStatus> next() {
		return switch (this) {
			case NEW -> EnumSet.of(WAITING, QUEUED, DUPLICATE);
			case WAITING -> EnumSet.of(QUEUED, OFFERED, LOST);
			case QUEUED -> EnumSet.of(OFFERED, LOST);
			case OFFERED -> EnumSet.of(ACCEPTED, OFFERED, QUEUED, LOST);
			case ACCEPTED -> EnumSet.of(CONTACTED, QUALIFIED, CONVERTED, LOST, OFFERED, QUEUED);
			case CONTACTED -> EnumSet.of(QUALIFIED, CONVERTED, LOST, OFFERED, QUEUED);
			case QUALIFIED -> EnumSet.of(CONTACTED, CONVERTED, LOST, OFFERED, QUEUED);
			case DUPLICATE, CONVERTED, LOST -> EnumSet.noneOf(LeadStatus.class);
		};
	}

	public boolean allows(LeadStatus target) {
		return next().contains(target);
	}

	/** A partner holds the lead: it counts against the partner's capacity. */
	public boolean withPartner() {
		return WITH_PARTNER.contains(this);
	}

	/** Accepted and being worked by the partner. */
	public boolean inProgress() {
		return this == ACCEPTED || this == CONTACTED || this == QUALIFIED;
	}

	public boolean closed() {
		return this == CONVERTED || this == LOST || this == DUPLICATE;
	}

	/** Not yet closed and past intake: a new lead for the same company is a duplicate of such a lead. */
	public static Set<LeadStatus> openStatuses() {
		return EnumSet.of(WAITING, QUEUED, OFFERED, ACCEPTED, CONTACTED, QUALIFIED);
	}

	public static Set<LeadStatus> withPartnerStatuses() {
		return EnumSet.copyOf(WITH_PARTNER);
	}
}
