package org.openprm.leads.routing;

/**
 * A partner's lead track record: offers, acceptances, conversions and wins, and the mean hours it took
 * to accept. The score smooths small numbers towards neutral so that a new partner is not punished.
 */
public record Performance(int offered, int accepted, int converted, int won, double meanHoursToAccept) {

	public static final Performance NONE = new Performance(0, 0, 0, 0, 0);

	private static final double PRIOR = 2;

	/** In [0,1]: 40 % acceptance rate, 30 % conversion, 10 % win rate, 20 % speed. */
	public double score() {
		double acceptance = (accepted + PRIOR * 0.5) / (offered + PRIOR);
		double conversion = (converted + PRIOR * 0.5) / (accepted + PRIOR);
		double wins = (won + PRIOR * 0.5) / (converted + PRIOR);
		double speed = accepted == 0 ? 0.5 : 1 / (1 + meanHoursToAccept / 24);
		return 0.4 * acceptance + 0.3 * conversion + 0.1 * wins + 0.2 * speed;
	}
}
