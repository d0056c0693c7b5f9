package org.openprm.recruitment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.openprm.partners.PartnerCriteria;
import org.openprm.partners.PartnerManagement;
import org.openprm.partners.PartnerView;
import org.openprm.recruitment.domain.ApplicationRepository;
import org.openprm.recruitment.domain.CompanyNameKey;
import org.openprm.recruitment.domain.DuplicateDetector;
import org.openprm.recruitment.domain.DuplicateDetector.Candidate;
import org.openprm.recruitment.domain.PartnerApplication;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Finds the partners and open applications a new application may duplicate: candidates come from the
 * partner directory's search and the open applications sharing a domain or the name's first word;
 * {@link DuplicateDetector} decides. Runs as the system actor, since an applicant is nobody.
 */
@Component
class DuplicateSearch {

	private static final List<ApplicationStatus> OPEN = List.of(ApplicationStatus.IN_REVIEW, ApplicationStatus.INFO_REQUESTED);

	private final PartnerManagement partners;

	private final ApplicationRepository applications;

	DuplicateSearch(PartnerManagement partners, ApplicationRepository applications) {
		this.partners = partners;
		this.applications = applications;
	}

	List<DuplicateFlag> find(PartnerApplication application) {
		Set<String> domains = new LinkedHashSet<>();
		if (application.domain() != null) {
			domains.add(application.domain());
		}
		if (!DuplicateDetector.isFreeMail(application.emailDomain())) {
			domains.add(application.emailDomain());
		}
		String firstWord = CompanyNameKey.firstWord(application.company());
		List<Candidate> candidates = new ArrayList<>();
		Set<String> terms = new LinkedHashSet<>(domains);
		if (firstWord.length() >= 3) {
			terms.add(firstWord);
		}
		Set<java.util.UUID> seen = new java.util.HashSet<>();
		for (String term : terms) {
			for (PartnerView partner : partners.search(new PartnerCriteria(term, null, null, null, null, null),
					PageRequest.of(0, 50)).items()) {
				if (seen.add(partner.id())) {
					candidates.add(new Candidate("PARTNER", partner.id(), partner.name(), partner.domains()));
				}
			}
		}
		List<String> searched = domains.isEmpty() ? List.of("-") : List.copyOf(domains);
		for (PartnerApplication other : applications.duplicateCandidates(OPEN, application.id(), searched,
				firstWord.isEmpty() ? "-" : firstWord + "%", Limit.of(50))) {
			List<String> otherDomains = new ArrayList<>();
			if (other.domain() != null) {
				otherDomains.add(other.domain());
			}
			otherDomains.add(other.emailDomain());
			candidates.add(new Candidate("APPLICATION", other.id(), other.company(), otherDomains));
		}
		return DuplicateDetector.flags(application.company(), application.domain(), application.emailDomain(), candidates);
	}
}
