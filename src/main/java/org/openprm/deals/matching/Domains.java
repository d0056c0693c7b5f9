package org.openprm.deals.matching;

import java.net.IDN;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reduces websites and e-mail addresses to the registrable domain, the part a company registers:
 * "https://shop.eu.globex.com/x" and "jane@mail.globex.com" both become "globex.com", "www.globex.co.uk"
 * becomes "globex.co.uk". Free webmail domains (gmail.com, hotmail.*, web.de...) are recognised, because
 * a shared webmail domain says nothing about the company.
 */
public final class Domains {

	private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*://");
	private static final Pattern VALID = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+");
	private static final Set<String> PUBLIC_SUFFIXES = WordList.set("public-suffixes.txt");
	private static final Set<String> WEBMAIL = webmail(false);
	private static final Set<String> WEBMAIL_ANY_TLD = webmail(true);

	private Domains() {
	}

	/** The registrable domain of a website URL, host name or e-mail address; empty when there is none. */
	public static Optional<String> registrableDomain(String urlOrEmail) {
		return host(urlOrEmail).map(Domains::registrable);
	}

	/** True for free e-mail providers' domains; pass a registrable domain. */
	public static boolean isWebmail(String domain) {
		if (WEBMAIL.contains(domain)) {
			return true;
		}
		int dot = domain.indexOf('.');
		return dot > 0 && WEBMAIL_ANY_TLD.contains(domain.substring(0, dot));
	}

	private static Optional<String> host(String input) {
		if (Text.isBlank(input)) {
			return Optional.empty();
		}
		String host = input.strip().toLowerCase(Locale.ROOT);
		host = host.substring(host.lastIndexOf('@') + 1);
		host = SCHEME.matcher(host).replaceFirst("");
		host = cutAtAny(host, "/?#:");
		host = trimDots(host);
		try {
			host = IDN.toASCII(host);
		}
		catch (IllegalArgumentException notADomain) {
			return Optional.empty();
		}
		return VALID.matcher(host).matches() ? Optional.of(host) : Optional.empty();
	}

	private static String registrable(String host) {
		String[] labels = host.split("\\.");
		int n = labels.length;
		if (n <= 2) {
			return host;
		}
		String lastTwo = labels[n - 2] + "." + labels[n - 1];
		int keep = PUBLIC_SUFFIXES.contains(lastTwo) ? 3 : 2;
		return String.join(".", Arrays.copyOfRange(labels, n - keep, n));
	}

	private static String cutAtAny(String text, String separators) {
		int end = text.length();
		for (char separator : separators.toCharArray()) {
			int at = text.indexOf(separator);
			if (at >= 0 && at < end) {
				end = at;
			}
		}
		return text.substring(0, end);
	}

	private static String trimDots(String host) {
		int start = 0;
		int end = host.length();
		while (start < end && host.charAt(start) == '.') {
			start++;
		}
		while (end > start && host.charAt(end - 1) == '.') {
			end--;
		}
		return host.substring(start, end);
	}

	/** Lines "name.*" cover a provider under every top-level domain; the others are exact domains. */
	private static Set<String> webmail(boolean anyTopLevelDomain) {
		Set<String> domains = new HashSet<>();
		for (String line : WordList.lines("webmail-domains.txt")) {
			boolean wildcard = line.endsWith(".*");
			if (wildcard == anyTopLevelDomain) {
				domains.add(wildcard ? line.substring(0, line.length() - 2) : line);
			}
		}
		return Set.copyOf(domains);
	}
}
