package org.openprm.programs;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.openprm.identity.Visibility;
import org.openprm.programs.domain.segments.Segment;
import org.openprm.programs.domain.segments.SegmentMembers;
import org.openprm.programs.domain.segments.SegmentRepository;
import org.openprm.programs.domain.segments.SegmentRules;
import org.openprm.shared.Conflict;
import org.openprm.shared.FieldChange;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.InvalidInput.FieldProblem;
import org.openprm.shared.PageResult;
import org.openprm.shared.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Segments: dynamic partner groups that vendor staff define by rules over programme, tier, type,
 * region, country, tags and custom attributes. Members are found live by the database, so a segment
 * is always up to date; later modules target content, leads and funds at segments through
 * {@link #contains} and {@link #memberIds}. Segments are vendor records: partners never see them.
 */
@Service
@Transactional
public class SegmentManagement {

	private static final String TYPE = "Segment";

	private static final int PREVIEW_SIZE = 20;

	private final SegmentRepository segments;

	private final SegmentMembers members;

	private final SegmentVocabulary vocabulary;

	private final Visibility visibility;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final Clock clock;

	SegmentManagement(SegmentRepository segments, SegmentMembers members, SegmentVocabulary vocabulary,
			Visibility visibility, ApplicationEventPublisher events, JsonMapper json, Clock clock) {
		this.segments = segments;
		this.members = members;
		this.vocabulary = vocabulary;
		this.visibility = visibility;
		this.events = events;
		this.json = json;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<SegmentView> segments() {
		visibility.requireVendor(TYPE, "list");
		return segments.findAllByOrderByNameKeyAsc().stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public SegmentView segment(UUID id) {
		return view(readable(id));
	}

	public SegmentView define(SegmentDraft draft) {
		visibility.requireVendor(TYPE, "new");
		check(draft, null);
		Segment segment = new Segment(clock.instant());
		FieldChange.Diff diff = segment.define(draft.name().trim(), blankToNull(draft.description()),
				json.writeValueAsString(draft.rule()), clock.instant());
		segments.save(segment);
		events.publishEvent(new SegmentChanged(segment.id(), "created", diff.changes()));
		return view(segment);
	}

	public SegmentView redefine(UUID id, SegmentDraft draft, Long expectedVersion) {
		Segment segment = readable(id);
		if (expectedVersion != null && expectedVersion != segment.version()) {
			throw new Conflict("The segment was changed by someone else; reload it and try again.");
		}
		check(draft, id);
		FieldChange.Diff diff = segment.define(draft.name().trim(), blankToNull(draft.description()),
				json.writeValueAsString(draft.rule()), clock.instant());
		if (!diff.isEmpty()) {
			segments.saveAndFlush(segment);
			events.publishEvent(new SegmentChanged(id, "updated", diff.changes()));
		}
		return view(segment);
	}

	public void remove(UUID id) {
		Segment segment = readable(id);
		segments.delete(segment);
		events.publishEvent(new SegmentChanged(id, "deleted",
				new FieldChange.Diff().field("name", segment.name(), null).changes()));
	}

	@Transactional(readOnly = true)
	public PageResult<SegmentMember> members(UUID id, int page, int size) {
		return members.page(rule(readable(id)), page, size);
	}

	/** How many partners, and which first, a rule would hold: the live preview while a rule is edited. */
	@Transactional(readOnly = true)
	public PageResult<SegmentMember> preview(SegmentRule rule) {
		visibility.requireVendor(TYPE, "preview");
		List<FieldProblem> problems = SegmentRules.problems(rule, vocabulary.current());
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return members.page(rule, 0, PREVIEW_SIZE);
	}

	/** For other modules' rules (targeting, routing, eligibility): is the partner in the segment now? */
	@Transactional(readOnly = true)
	public boolean contains(UUID segmentId, UUID partnerId) {
		return segments.findById(segmentId).map(s -> members.contains(rule(s), partnerId)).orElse(false);
	}

	/** For other modules: every partner in the segment now. */
	@Transactional(readOnly = true)
	public Set<UUID> memberIds(UUID segmentId) {
		return segments.findById(segmentId).map(s -> members.ids(rule(s))).orElse(Set.of());
	}

	private void check(SegmentDraft draft, UUID self) {
		List<FieldProblem> problems = new ArrayList<>();
		if (draft.name() == null || draft.name().isBlank()) {
			problems.add(new FieldProblem("name", "must not be blank", "required"));
		}
		else if (draft.name().trim().length() > 120) {
			problems.add(new FieldProblem("name", "must be at most 120 characters", "label.tooLong"));
		}
		else {
			segments.findByNameKey(Segment.key(draft.name())).filter(s -> !s.id().equals(self))
				.ifPresent(s -> problems.add(new FieldProblem("name", "is already used by another segment",
						"segment.nameTaken")));
		}
		if (draft.description() != null && draft.description().length() > 1000) {
			problems.add(new FieldProblem("description", "must be at most 1000 characters", "attribute.tooLong"));
		}
		problems.addAll(SegmentRules.problems(draft.rule(), vocabulary.current()));
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

	private Segment readable(UUID id) {
		visibility.requireVendor(TYPE, id);
		return segments.findById(id).orElseThrow(() -> RecordNotFound.of(TYPE, id));
	}

	private SegmentRule rule(Segment segment) {
		return json.readValue(segment.ruleJson(), SegmentRule.class);
	}

	private SegmentView view(Segment segment) {
		SegmentRule rule = rule(segment);
		return new SegmentView(segment.id(), segment.name(), segment.description(), rule, members.count(rule),
				segment.createdAt(), segment.updatedAt(), segment.version());
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
