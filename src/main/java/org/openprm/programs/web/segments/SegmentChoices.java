package org.openprm.programs.web.segments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openprm.partners.PartnerManagement;
import org.openprm.partners.PartnerStatus;
import org.openprm.partners.PartnerType;
import org.openprm.programs.ComplianceStatus;
import org.openprm.programs.Metric;
import org.openprm.programs.ProgramManagement;
import org.openprm.programs.ProgramView;
import org.openprm.programs.SegmentField;
import org.openprm.programs.SegmentOperator;
import org.openprm.programs.TierView;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the segment editor offers to pick: fields, comparisons, programmes, tiers, partner types and
 * statuses (value → label), and the custom attributes.
 */
@Component
class SegmentChoices {

	private final ProgramManagement programs;

	private final PartnerManagement partners;

	SegmentChoices(ProgramManagement programs, PartnerManagement partners) {
		this.programs = programs;
		this.partners = partners;
	}

	void forEditor(Model model) {
		List<ProgramView> all = programs.programs();
		model.addAttribute("fields", SegmentField.values());
		model.addAttribute("operators", SegmentOperator.values());
		model.addAttribute("attributes", partners.attributeDefinitions());
		Map<String, Map<String, String>> picks = new LinkedHashMap<>();
		picks.put("PROGRAM", programOptions(all));
		picks.put("TIER", tierOptions(all));
		picks.put("TYPE", enumOptions(PartnerType.values()));
		picks.put("STATUS", enumOptions(PartnerStatus.values()));
		picks.put("COMPLIANCE", enumOptions(ComplianceStatus.values()));
		model.addAttribute("metrics", java.util.Arrays.stream(Metric.values()).filter(m -> m != Metric.CUSTOM_ATTRIBUTE).toList());
		model.addAttribute("picks", picks);
	}

	private static Map<String, String> programOptions(List<ProgramView> all) {
		Map<String, String> options = new LinkedHashMap<>();
		all.forEach(p -> options.put(p.id().toString(), p.name()));
		return options;
	}

	private static Map<String, String> tierOptions(List<ProgramView> all) {
		Map<String, String> options = new LinkedHashMap<>();
		for (ProgramView program : all) {
			List<TierView> tiers = new ArrayList<>(program.tiers());
			tiers.sort(java.util.Comparator.comparingInt(TierView::rank));
			tiers.forEach(t -> options.put(t.id().toString(), program.name() + " · " + t.name()));
		}
		return options;
	}

	private static Map<String, String> enumOptions(Enum<?>[] values) {
		Map<String, String> options = new LinkedHashMap<>();
		for (Enum<?> value : values) {
			options.put(value.name(), value.name());
		}
		return options;
	}
}
