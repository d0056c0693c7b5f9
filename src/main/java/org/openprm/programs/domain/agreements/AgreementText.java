package org.openprm.programs.domain.agreements;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.codec.digest.DigestUtils;

/**
 * Fills an agreement body's {@code {{placeholders}}} for one partner. An unknown placeholder is refused
 * when the version is published, so a partner never signs a text with a hole in it.
 */
public final class AgreementText {

	public static final Set<String> PLACEHOLDERS = Set.of("partnerName", "programName", "tierName", "effectiveDate",
			"today");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z]+)\\s*}}");

	private AgreementText() {
	}

	/** The values a text is filled with. Programme and tier are blank for a partner in no programme. */
	public record Values(String partnerName, String programName, String tierName, LocalDate effectiveDate,
			LocalDate today) {

		Map<String, String> asMap() {
			Map<String, String> values = new LinkedHashMap<>();
			values.put("partnerName", blankIfNull(partnerName));
			values.put("programName", blankIfNull(programName));
			values.put("tierName", blankIfNull(tierName));
			values.put("effectiveDate", effectiveDate == null ? "" : effectiveDate.toString());
			values.put("today", today == null ? "" : today.toString());
			return values;
		}

		private static String blankIfNull(String text) {
			return text == null ? "" : text;
		}
	}

	public static String render(String body, Values values) {
		Map<String, String> map = values.asMap();
		Matcher matcher = PLACEHOLDER.matcher(body);
		StringBuilder rendered = new StringBuilder();
		while (matcher.find()) {
			String value = map.getOrDefault(matcher.group(1), matcher.group());
			matcher.appendReplacement(rendered, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(rendered);
		return rendered.toString();
	}

	/** Placeholders in the body that are not among {@link #PLACEHOLDERS}, sorted. */
	public static Set<String> unknownPlaceholders(String body) {
		Set<String> unknown = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(body);
		while (matcher.find()) {
			if (!PLACEHOLDERS.contains(matcher.group(1))) {
				unknown.add(matcher.group(1));
			}
		}
		return unknown;
	}

	public static String sha256(String text) {
		return DigestUtils.sha256Hex(text.getBytes(StandardCharsets.UTF_8));
	}
}
