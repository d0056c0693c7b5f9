package org.openprm.recruitment.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.openprm.recruitment.DuplicateFlag;

/**
 * Decides which candidates (existing partners, open applications) a new application may duplicate:
 * the same website or e-mail domain, or a similar company name. Free-mail domains (gmail.com...) say
 * nothing about the company and are ignored.
 */
public final class DuplicateDetector {

	private static final Set<String> FREE_MAIL = Set.of("gmail.com", "googlemail.com", "outlook.com", "hotmail.com",
			"live.com", "yahoo.com", "icloud.com", "gmx.de", "gmx.net", "web.de", "t-online.de", "proton.me",
			"protonmail.com", "aol.com", "mail.com");

	/** A record the application is compared with. */
	public record Candidate(String kind, UUID id, String name, List<String> domains) {
	}

	private DuplicateDetector() {
	}

	public static List<DuplicateFlag> flags(String company, String websiteDomain, String emailDomain,
			List<Candidate> candidates) {
		Map<UUID, DuplicateFlag> flags = new LinkedHashMap<>();
		List<String> domains = new ArrayList<>();
		if (websiteDomain != null && !websiteDomain.isBlank()) {
			domains.add(websiteDomain.toLowerCase(Locale.ROOT));
		}
		if (emailDomain != null && !FREE_MAIL.contains(emailDomain.toLowerCase(Locale.ROOT))) {
			domains.add(emailDomain.toLowerCase(Locale.ROOT));
		}
		for (Candidate candidate : candidates) {
			if (candidate.domains().stream().map(d -> d.toLowerCase(Locale.ROOT)).anyMatch(domains::contains)) {
				flags.putIfAbsent(candidate.id(), new DuplicateFlag(candidate.kind(), candidate.id(), candidate.name(), "DOMAIN"));
			}
			else if (CompanyNameKey.similar(company, candidate.name())) {
				flags.putIfAbsent(candidate.id(), new DuplicateFlag(candidate.kind(), candidate.id(), candidate.name(), "NAME"));
			}
		}
		return List.copyOf(flags.values());
	}

	public static boolean isFreeMail(String domain) {
		return domain != null && FREE_MAIL.contains(domain.toLowerCase(Locale.ROOT));
	}
}
