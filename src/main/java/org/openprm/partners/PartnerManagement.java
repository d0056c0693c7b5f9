package org.openprm.partners;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.openprm.identity.CurrentActor;
import org.openprm.identity.Visibility;
import org.openprm.partners.domain.AttributeValues;
import org.openprm.partners.domain.CustomAttributeDefinition;
import org.openprm.partners.domain.CustomAttributeDefinitionRepository;
import org.openprm.partners.domain.Partner;
import org.openprm.partners.domain.PartnerRepository;
import org.openprm.partners.domain.PartnerSpecifications;
import org.openprm.shared.Conflict;
import org.openprm.shared.CsvCells;
import org.openprm.shared.FieldChange;
import org.openprm.shared.InvalidInput.FieldProblem;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.PageResult;
import org.openprm.shared.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases of the partner directory. Every read and write goes through the caller's visibility scope.
 */
@Service
@Transactional
public class PartnerManagement {

	private static final String PARTNER = "Partner";

	private static final Pattern DOMAIN = Pattern.compile("^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$");

	private final PartnerRepository partners;

	private final CustomAttributeDefinitionRepository definitions;

	private final Visibility visibility;

	private final CurrentActor actors;

	private final ApplicationEventPublisher events;

	PartnerManagement(PartnerRepository partners, CustomAttributeDefinitionRepository definitions,
			Visibility visibility, CurrentActor actors, ApplicationEventPublisher events) {
		this.partners = partners;
		this.definitions = definitions;
		this.visibility = visibility;
		this.actors = actors;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public PageResult<PartnerView> search(PartnerCriteria criteria, Pageable pageable) {
		Page<Partner> page = partners.findAll(PartnerSpecifications.matching(criteria, visibility.scope()),
				PartnerSpecifications.ordered(criteria, pageable));
		return new PageResult<>(views(page.getContent()), page.getNumber(), page.getSize(), page.getTotalElements());
	}

	/** Views of a batch of partners, with one query for all their parents' names instead of one per row. */
	private List<PartnerView> views(List<Partner> batch) {
		Set<UUID> parentIds = batch.stream().map(Partner::parentId).filter(Objects::nonNull).collect(Collectors.toSet());
		Map<UUID, String> parentNames = partners.findAllById(parentIds).stream()
			.collect(Collectors.toMap(Partner::id, Partner::name));
		return batch.stream().map(partner -> view(partner, parentNames.get(partner.parentId()))).toList();
	}

	/** The most rows one export writes; narrow the filters for more. */
	public static final int EXPORT_LIMIT = 100_000;

	/**
	 * Writes the matching partners (within the caller's scope) as CSV, a page at a time; cells that a
	 * spreadsheet would run as formulas are defused. Flushes the writer but leaves it open.
	 */
	@Transactional(readOnly = true)
	public void exportCsv(PartnerCriteria criteria, Sort order, Writer out) {
		var spec = PartnerSpecifications.matching(criteria, visibility.scope());
		try {
			CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
				.setHeader("id", "name", "legalName", "type", "status", "parent", "country", "domains", "tags", "city",
						"createdAt")
				.get());
			int page = 0;
			int written = 0;
			Page<Partner> batch;
			do {
				batch = partners.findAll(spec,
						PartnerSpecifications.ordered(criteria, PageRequest.of(page++, 1000, order.and(Sort.by("id")))));
				for (PartnerView v : views(batch.getContent())) {
					csv.printRecord(v.id(), CsvCells.safe(v.name()), CsvCells.safe(v.legalName()), v.type(), v.status(),
							CsvCells.safe(v.parentName()), v.country(), CsvCells.safe(String.join(" ", v.domains())),
							CsvCells.safe(String.join(" ", v.tags())),
							CsvCells.safe(v.addresses().isEmpty() ? null : v.addresses().get(0).city()), v.createdAt());
					written++;
				}
			}
			while (batch.hasNext() && written < EXPORT_LIMIT);
			csv.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Transactional(readOnly = true)
	public PartnerView partner(UUID id) {
		return view(readable(id));
	}

	@Transactional(readOnly = true)
	public Optional<PartnerView> myOrganisation() {
		UUID own = actors.get().partnerId();
		return own == null ? Optional.empty() : Optional.of(partner(own));
	}

	public PartnerView register(PartnerDraft draft) {
		visibility.requireVendor(PARTNER, "new");
		List<FieldProblem> problems = checkDraft(draft, null);
		Map<String, String> attributes = validatedAttributes(draft.attributes(), problems);
		Partner partner = new Partner(draft.name().trim(), draft.type(), country(draft.country()));
		partner.edit(draft.name().trim(), blankToNull(draft.legalName()), draft.type(), draft.parentId(),
				country(draft.country()), domains(draft.domains()), list(draft.tags()), list(draft.addresses()),
				attributes);
		partners.save(partner);
		events.publishEvent(new PartnerChanged(partner.id(), "created", partner.asCreated().changes()));
		return written(partner);
	}

	public PartnerView update(UUID id, PartnerDraft draft, Long expectedVersion) {
		visibility.requireVendor(PARTNER, id);
		Partner partner = readable(id);
		checkVersion(partner, expectedVersion);
		List<FieldProblem> problems = checkDraft(draft, id);
		Map<String, String> attributes = validatedAttributes(draft.attributes(), problems);
		FieldChange.Diff diff = partner.edit(draft.name().trim(), blankToNull(draft.legalName()), draft.type(),
				draft.parentId(), country(draft.country()), domains(draft.domains()), list(draft.tags()),
				list(draft.addresses()), attributes);
		publishIfChanged(partner, "updated", diff);
		return written(partner);
	}

	/** A partner admin edits its own organisation's profile; vendor staff may do the same. */
	public PartnerView updateProfile(UUID id, PartnerProfileDraft draft, Long expectedVersion) {
		Partner partner = profileEditable(id);
		checkVersion(partner, expectedVersion);
		List<FieldProblem> problems = new ArrayList<>();
		checkName(draft.name(), problems);
		List<String> domains = checkDomains(draft.domains(), problems);
		checkAddresses(draft.addresses(), problems);
		failOn(problems);
		FieldChange.Diff diff = partner.editProfile(draft.name().trim(), blankToNull(draft.legalName()), domains,
				list(draft.addresses()));
		publishIfChanged(partner, "profile-updated", diff);
		return written(partner);
	}

	public PartnerView changeStatus(UUID id, PartnerStatus target, String reason) {
		visibility.requireVendor(PARTNER, id);
		Partner partner = readable(id);
		FieldChange.Diff diff = partner.changeStatus(target);
		if (reason != null && !reason.isBlank()) {
			diff.field("reason", null, reason.trim());
		}
		events.publishEvent(new PartnerChanged(partner.id(), "status-changed", diff.changes()));
		return written(partner);
	}

	/**
	 * For other modules' eligibility rules (e.g. fund regions): the partner's ISO country code, read
	 * outside any actor's scope because the answer is only a yes/no decision, never shown.
	 */
	@Transactional(readOnly = true)
	public Optional<String> countryOf(UUID partnerId) {
		return partnerId == null ? Optional.empty() : partners.findById(partnerId).map(Partner::country);
	}

	@Transactional(readOnly = true)
	public List<PartnerView> distributors() {
		visibility.requireVendor(PARTNER, "distributors");
		return partners.findByTypeOrderByName(PartnerType.DISTRIBUTOR).stream().map(this::view).toList();
	}

	/** The directory's figures for vendor staff: one grouped count, not one count per status and type. */
	@Transactional(readOnly = true)
	public DirectoryFigures figures() {
		visibility.requireVendor(PARTNER, "figures");
		Map<PartnerStatus, Long> byStatus = new EnumMap<>(PartnerStatus.class);
		Map<PartnerType, Long> byType = new EnumMap<>(PartnerType.class);
		for (PartnerStatus status : PartnerStatus.values()) {
			byStatus.put(status, 0L);
		}
		for (PartnerType type : PartnerType.values()) {
			byType.put(type, 0L);
		}
		for (Object[] row : partners.countByStatusAndType()) {
			byStatus.merge((PartnerStatus) row[0], (Long) row[2], Long::sum);
			byType.merge((PartnerType) row[1], (Long) row[2], Long::sum);
		}
		return new DirectoryFigures(byStatus, byType);
	}

	/** The partners added last, newest first, without counting the whole directory as a page would. */
	@Transactional(readOnly = true)
	public List<PartnerView> newest(int count) {
		List<Partner> newest = partners.findBy(PartnerSpecifications.matching(PartnerCriteria.none(), visibility.scope()),
				query -> query.sortBy(Sort.by(Sort.Direction.DESC, "createdAt")).limit(count).all());
		return views(newest);
	}

	// Custom attribute definitions

	/** The custom attribute definitions; vendor-only, partner users get 404 as for any vendor record. */
	@Transactional(readOnly = true)
	public List<AttributeDefinition> attributeDefinitions() {
		visibility.requireVendor("CustomAttribute", "list");
		return definitions.findAllByOrderByLabel().stream().map(CustomAttributeDefinition::toView).toList();
	}

	@Transactional(readOnly = true)
	public AttributeDefinition attributeDefinition(UUID id) {
		visibility.requireVendor("CustomAttribute", id);
		return definitions.findById(id).map(CustomAttributeDefinition::toView)
			.orElseThrow(() -> RecordNotFound.of("CustomAttribute", id));
	}

	public AttributeDefinition defineAttribute(String key, String label, AttributeType type, boolean required,
			List<String> choices) {
		requireVendorAdmin("new");
		checkLabel(label);
		List<String> cleanChoices = checkDefinition(type, choices);
		if (definitions.existsByKey(key)) {
			throw InvalidInput.of("key", "is already used by another attribute", "attribute.keyTaken");
		}
		CustomAttributeDefinition definition = definitions.save(
				new CustomAttributeDefinition(key, label.trim(), type, required, cleanChoices));
		events.publishEvent(new AttributeDefinitionChanged(definition.id(), "created", new FieldChange.Diff()
			.field("key", null, key).field("label", null, label.trim()).field("type", null, type)
			.field("required", null, required).field("choices", null, cleanChoices).changes()));
		return definition.toView();
	}

	public AttributeDefinition redefineAttribute(UUID id, String label, boolean required, List<String> choices) {
		requireVendorAdmin(id);
		CustomAttributeDefinition definition = definitions.findById(id)
			.orElseThrow(() -> RecordNotFound.of("CustomAttribute", id));
		checkLabel(label);
		List<String> cleanChoices = checkDefinition(definition.type(), choices);
		FieldChange.Diff diff = definition.redefine(label.trim(), required, cleanChoices);
		if (!diff.isEmpty()) {
			events.publishEvent(new AttributeDefinitionChanged(id, "updated", diff.changes()));
		}
		return definition.toView();
	}

	/** The partner, if the actor may edit its profile (its own admins, vendor staff); otherwise 404 or 403. */
	@Transactional(readOnly = true)
	public PartnerView profileForEditing(UUID id) {
		return view(profileEditable(id));
	}

	/** Whether the actor may edit this partner's profile: the same rule that {@link #updateProfile} applies. */
	@Transactional(readOnly = true)
	public boolean mayEditProfile(UUID id) {
		return visibility.scope().canWrite(id) && (actors.get().isVendor() || actors.get().isPartnerAdmin());
	}

	private Partner profileEditable(UUID id) {
		Partner partner = visibility.writable(PARTNER, id, partners.findById(id), Partner::id);
		if (!mayEditProfile(id)) {
			throw visibility.refuse(PARTNER, id, "edit profile");
		}
		return partner;
	}

	private Partner readable(UUID id) {
		return visibility.readable(PARTNER, id, partners.findById(id), Partner::id);
	}

	private void requireVendorAdmin(Object id) {
		visibility.requireVendor("CustomAttribute", id);
		if (!actors.get().isVendorAdmin()) {
			throw visibility.refuse("CustomAttribute", id, "define attributes");
		}
	}

	private void publishIfChanged(Partner partner, String action, FieldChange.Diff diff) {
		if (!diff.isEmpty()) {
			events.publishEvent(new PartnerChanged(partner.id(), action, diff.changes()));
		}
	}

	private static void checkVersion(Partner partner, Long expectedVersion) {
		if (expectedVersion != null && expectedVersion != partner.version()) {
			throw new Conflict(
					"The partner was changed by someone else; reload it and apply your change again.");
		}
	}

	private List<FieldProblem> checkDraft(PartnerDraft draft, UUID self) {
		List<FieldProblem> problems = new ArrayList<>();
		checkName(draft.name(), problems);
		if (draft.type() == null) {
			problems.add(new FieldProblem("type", "is required", "required"));
		}
		if (draft.country() == null || !draft.country().trim().toUpperCase(Locale.ROOT).matches("[A-Z]{2}")) {
			problems.add(new FieldProblem("country", "must be a two-letter ISO country code", "country"));
		}
		checkDomains(draft.domains(), problems);
		checkAddresses(draft.addresses(), problems);
		if (draft.parentId() != null) {
			Optional<Partner> parent = partners.findById(draft.parentId());
			if (parent.isEmpty() || parent.get().type() != PartnerType.DISTRIBUTOR) {
				problems.add(new FieldProblem("parentId", "must be a distributor", "parent.notDistributor"));
			}
			else if (draft.parentId().equals(self)) {
				problems.add(new FieldProblem("parentId", "cannot be the partner itself", "parent.self"));
			}
			else if (draft.type() == PartnerType.DISTRIBUTOR) {
				problems.add(new FieldProblem("parentId", "a distributor cannot sit below another distributor", "parent.nested"));
			}
		}
		return problems;
	}

	private Map<String, String> validatedAttributes(Map<String, String> values, List<FieldProblem> problems) {
		Map<String, String> valid = Map.of();
		try {
			valid = AttributeValues.validate(values, definitions.findAllByOrderByLabel());
		}
		catch (InvalidInput ex) {
			problems.addAll(ex.problems());
		}
		failOn(problems);
		return valid;
	}

	private static void checkName(String name, List<FieldProblem> problems) {
		if (name == null || name.isBlank()) {
			problems.add(new FieldProblem("name", "is required", "required"));
		}
		else if (name.trim().length() > 200) {
			problems.add(new FieldProblem("name", "must be at most 200 characters", "name.tooLong"));
		}
	}

	private static List<String> checkDomains(List<String> domains, List<FieldProblem> problems) {
		List<String> clean = domains(domains);
		for (int i = 0; i < clean.size(); i++) {
			if (!DOMAIN.matcher(clean.get(i)).matches()) {
				problems.add(new FieldProblem("domains[" + i + "]", "is not a valid domain name", "domain"));
			}
		}
		if (String.join(",", clean).length() > 900) {
			problems.add(new FieldProblem("domains", "are too many", "domains.tooMany"));
		}
		return clean;
	}

	private static void checkAddresses(List<Address> addresses, List<FieldProblem> problems) {
		List<Address> all = list(addresses);
		if (all.size() > 20) {
			problems.add(new FieldProblem("addresses", "at most 20 locations", "addresses.tooMany"));
		}
		for (int i = 0; i < all.size(); i++) {
			Address address = all.get(i);
			if (address.city() == null || address.city().isBlank()) {
				problems.add(new FieldProblem("addresses[" + i + "].city", "is required", "required"));
			}
			if (address.country() == null || !address.country().matches("[A-Z]{2}")) {
				problems.add(new FieldProblem("addresses[" + i + "].country", "must be a two-letter ISO country code", "country"));
			}
			if (address.latitude() != null && address.latitude().abs().compareTo(BigDecimal.valueOf(90)) > 0) {
				problems.add(new FieldProblem("addresses[" + i + "].latitude", "must be between -90 and 90", "latitude"));
			}
			if (address.longitude() != null && address.longitude().abs().compareTo(BigDecimal.valueOf(180)) > 0) {
				problems.add(new FieldProblem("addresses[" + i + "].longitude", "must be between -180 and 180", "longitude"));
			}
			if ((address.latitude() == null) != (address.longitude() == null)) {
				problems.add(new FieldProblem("addresses[" + i + "].longitude", "latitude and longitude go together", "coordinates"));
			}
		}
	}

	private static void checkLabel(String label) {
		if (label == null || label.isBlank()) {
			throw InvalidInput.of("label", "is required", "required");
		}
		if (label.trim().length() > 120) {
			throw InvalidInput.of("label", "must be at most 120 characters", "label.tooLong");
		}
	}

	private static List<String> checkDefinition(AttributeType type, List<String> choices) {
		List<String> clean = list(choices).stream().map(String::trim).filter(c -> !c.isEmpty()).distinct().toList();
		if (type == AttributeType.CHOICE && clean.isEmpty()) {
			throw InvalidInput.of("choices", "a choice attribute needs at least one choice", "attribute.choicesMissing");
		}
		if (type != AttributeType.CHOICE && !clean.isEmpty()) {
			throw InvalidInput.of("choices", "only choice attributes have choices", "attribute.choicesNotAllowed");
		}
		return clean;
	}

	private static void failOn(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

	private static List<String> domains(List<String> domains) {
		return list(domains).stream()
			.map(d -> d.trim().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "")
				.replaceFirst("/.*$", ""))
			.filter(d -> !d.isEmpty())
			.distinct()
			.toList();
	}

	private static <T> List<T> list(List<T> values) {
		return values == null ? List.of() : values;
	}

	private static String country(String country) {
		return country.trim().toUpperCase(Locale.ROOT);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	/** The view once the change reached the database, so that it carries the version the next If-Match needs. */
	private PartnerView written(Partner partner) {
		partners.flush();
		return view(partner);
	}

	private PartnerView view(Partner partner) {
		return view(partner, partner.parentId() == null ? null : partners.findNameById(partner.parentId()));
	}

	private static PartnerView view(Partner partner, String parentName) {
		return new PartnerView(partner.id(), partner.name(), partner.legalName(), partner.type(), partner.status(),
				partner.parentId(), parentName, partner.country(), partner.domains(), partner.tags(),
				partner.addresses(), partner.attributes(), partner.createdAt(), partner.updatedAt(), partner.version());
	}
}
