package org.openprm.recruitment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.openprm.identity.Visibility;
import org.openprm.recruitment.onboarding.OnboardingFacts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Onboarding as vendor staff watch it: every partner's progress, the partners that are stuck (no task
 * completed for {@code prm.onboarding.stuck-days} days, default 14) and time to first deal by cohort
 * (month of enrolment). Vendor staff only.
 */
@Service
@Transactional(readOnly = true)
public class OnboardingReports {

	private final JdbcClient jdbc;

	private final OnboardingFacts facts;

	private final Visibility visibility;

	private final Clock clock;

	private final Duration stuckAfter;

	OnboardingReports(JdbcClient jdbc, OnboardingFacts facts, Visibility visibility, Clock clock,
			@Value("${prm.onboarding.stuck-days:14}") int stuckDays) {
		this.jdbc = jdbc;
		this.facts = facts;
		this.visibility = visibility;
		this.clock = clock;
		this.stuckAfter = Duration.ofDays(stuckDays);
	}

	private record Row(UUID checklistId, UUID partnerId, UUID programId, Instant enrolledAt, Instant lastProgressAt,
			Instant completedAt, Instant firstDealAt, int done, int total) {
	}

	/** Every checklist, least progressed first. */
	public List<OnboardingProgress> progress() {
		return progress(clock.instant());
	}

	/** Every checklist as it stands at {@code now} (the stuck flag depends on it), least progressed first. */
	public List<OnboardingProgress> progress(Instant now) {
		visibility.requireVendor("OnboardingProgress", "list");
		Instant stuckBefore = now.minus(stuckAfter);
		Map<UUID, String> names = new HashMap<>();
		List<OnboardingProgress> progress = new ArrayList<>();
		for (Row row : rows()) {
			String name = names.computeIfAbsent(row.partnerId(), facts::partnerName);
			progress.add(new OnboardingProgress(row.checklistId(), row.partnerId(), name, row.programId(), row.enrolledAt(),
					row.done(), row.total(), row.lastProgressAt(), row.completedAt(),
					row.completedAt() == null && row.lastProgressAt().isBefore(stuckBefore)));
		}
		progress.sort(java.util.Comparator.comparingInt(OnboardingProgress::percent));
		return progress;
	}

	/** The partners without a completed task for the configured number of days before {@code now}. */
	public List<OnboardingProgress> stuck(Instant now) {
		return progress(now).stream().filter(OnboardingProgress::stuck).toList();
	}

	/** Time to first deal per month of enrolment, oldest month first. */
	public List<OnboardingCohort> cohorts() {
		visibility.requireVendor("OnboardingProgress", "cohorts");
		Map<YearMonth, List<Row>> byMonth = new TreeMap<>();
		for (Row row : rows()) {
			byMonth.computeIfAbsent(YearMonth.from(row.enrolledAt().atZone(ZoneOffset.UTC)), m -> new ArrayList<>()).add(row);
		}
		List<OnboardingCohort> cohorts = new ArrayList<>();
		byMonth.forEach((month, rows) -> {
			List<Double> days = rows.stream().filter(r -> r.firstDealAt() != null)
				.map(r -> Duration.between(r.enrolledAt(), r.firstDealAt()).toMinutes() / 1440.0).toList();
			Double average = days.isEmpty() ? null
					: Math.round(days.stream().mapToDouble(Double::doubleValue).average().orElseThrow() * 10) / 10.0;
			cohorts.add(new OnboardingCohort(month, rows.size(), days.size(), average));
		});
		return cohorts;
	}

	private List<Row> rows() {
		return jdbc.sql("""
				SELECT c.id, c.partner_id, c.program_id, c.enrolled_at, c.last_progress_at, c.completed_at, c.first_deal_at,
				       COUNT(t.completed_at) AS done, COUNT(t.id) AS total
				FROM onboarding_checklists c LEFT JOIN onboarding_tasks t ON t.checklist_id = c.id
				GROUP BY c.id, c.partner_id, c.program_id, c.enrolled_at, c.last_progress_at, c.completed_at, c.first_deal_at
				ORDER BY c.enrolled_at
				""").query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
				rs.getObject(3, UUID.class), instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)),
				instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)), rs.getInt(8), rs.getInt(9))).list();
	}

	private static Instant instant(java.sql.Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
