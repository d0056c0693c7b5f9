package org.openprm.leads.routing;

/**
 * A point on the earth in decimal degrees.
 */
public record Location(double latitude, double longitude) {

	private static final double EARTH_RADIUS_KM = 6371.0088;

	/** Great-circle distance in km (haversine). */
	public double kmTo(Location other) {
		double dLat = Math.toRadians(other.latitude - latitude);
		double dLon = Math.toRadians(other.longitude - longitude);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(latitude))
				* Math.cos(Math.toRadians(other.latitude)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
	}
}
