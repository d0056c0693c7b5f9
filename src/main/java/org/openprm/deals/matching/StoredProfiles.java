package org.openprm.deals.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A {@link CustomerProfile} as one line of text, stored beside the record in a database index: a
 * check then reads the profiles of the records it scores instead of normalising each description
 * again, which is most of a check's work on a large index. Parts are separated by a control character;
 * a stored text that does not split as expected (or comes from another version) is not used.
 */
public final class StoredProfiles {

	/** Bumped when normalisation changes: a profile stored by an older version is normalised afresh. */
	static final String VERSION = "p1";

	private static final char FIELD = '\u001F';

	private static final String FIELD_SPLIT = "\u001F";

	private static final String DISTINCTIVE = Double.toString(1.0);

	private static final String GENERIC = Double.toString(CompanyNames.GENERIC_WEIGHT);

	private StoredProfiles() {
	}

	public static String encode(CustomerProfile profile) {
		StringBuilder text = new StringBuilder(VERSION);
		field(text, String.join(" ", profile.name().tokens()));
		field(text, weights(profile.name().weights()));
		field(text, String.join(" ", profile.domains()));
		for (String part : List.of(profile.email(), profile.phone(), profile.postalCode(), profile.country(),
				profile.street(), profile.city())) {
			field(text, part);
		}
		return text.toString();
	}

	/** The stored profile, or null when there is none or it was stored by another version of the matcher. */
	public static CustomerProfile decode(String displayName, String stored) {
		if (stored == null || !stored.startsWith(VERSION + FIELD)) {
			return null;
		}
		String[] parts = stored.split(FIELD_SPLIT, -1);
		if (parts.length != 10) {
			return null;
		}
		List<String> tokens = words(parts[1]);
		double[] weights = weights(parts[2]);
		if (weights == null || tokens.size() != weights.length) {
			return null;
		}
		CompanyName name = tokens.isEmpty() ? CompanyName.EMPTY : new CompanyName(tokens, weights);
		Set<String> domains = parts[3].isEmpty() ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(words(parts[3])));
		return new CustomerProfile(displayName == null ? "" : displayName.strip(), name, domains, parts[4],
				parts[5], parts[6], parts[7], parts[8], parts[9]);
	}

	/**
	 * The weights as written by {@link #weights(double[])}, or null if one is not a number. Nearly all are one of two
	 * values, which are recognised without parsing: a check reads hundreds of stored profiles.
	 */
	private static double[] weights(String text) {
		if (text.isEmpty()) {
			return new double[0];
		}
		String[] written = text.split(" ");
		double[] weights = new double[written.length];
		for (int i = 0; i < written.length; i++) {
			weights[i] = written[i].equals(DISTINCTIVE) ? 1.0 : written[i].equals(GENERIC) ? CompanyNames.GENERIC_WEIGHT : parse(written[i]);
			if (Double.isNaN(weights[i])) {
				return null;
			}
		}
		return weights;
	}

	private static double parse(String weight) {
		try {
			return Double.parseDouble(weight);
		}
		catch (NumberFormatException ex) {
			return Double.NaN;
		}
	}

	private static void field(StringBuilder text, String value) {
		text.append(FIELD).append(value == null ? "" : value);
	}

	private static String weights(double[] weights) {
		List<String> written = new ArrayList<>(weights.length);
		for (double weight : weights) {
			written.add(Double.toString(weight));
		}
		return String.join(" ", written);
	}

	private static List<String> words(String text) {
		return text.isEmpty() ? List.of() : List.of(text.split(" "));
	}
}
