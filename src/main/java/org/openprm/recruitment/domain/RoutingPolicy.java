package org.openprm.recruitment.domain;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.openprm.partners.PartnerType;

/**
 * Picks the reviewer of an application: the first rule in priority order (ties: the older rule first)
 * whose criteria the application all meets; none matching sends it to the fallback queue.
 */
public final class RoutingPolicy {

	/** What routing looks at. */
	public record Subject(String country, List<String> regions, PartnerType partnerType, UUID programmeId) {
	}

	/** A rule's criteria and target, as the policy sees it. */
	public record Rule(UUID id, int priority, java.time.Instant createdAt, String country, String region,
			PartnerType partnerType, UUID programmeId, UUID assigneeId, String queue) {

		static Rule of(RoutingRule rule) {
			return new Rule(rule.id(), rule.priority(), rule.createdAt(), rule.country(), rule.region(),
					rule.partnerType(), rule.programmeId(), rule.assigneeId(), rule.queue());
		}

		boolean matches(Subject subject) {
			return (country == null || country.equalsIgnoreCase(subject.country()))
					&& (region == null || subject.regions().stream().anyMatch(region::equalsIgnoreCase))
					&& (partnerType == null || partnerType == subject.partnerType())
					&& (programmeId == null || programmeId.equals(subject.programmeId()));
		}
	}

	private RoutingPolicy() {
	}

	public static Assignment assign(Subject subject, List<Rule> rules, String fallbackQueue) {
		return rules.stream()
			.sorted(Comparator.comparingInt(Rule::priority).thenComparing(Rule::createdAt))
			.filter(rule -> rule.matches(subject))
			.findFirst()
			.map(rule -> new Assignment(rule.assigneeId(), rule.queue(), rule.id()))
			.orElse(Assignment.fallback(fallbackQueue));
	}

	public static List<Rule> rules(List<RoutingRule> stored) {
		return stored.stream().map(Rule::of).toList();
	}
}
