package org.openprm.deals.matching;

/**
 * Why a candidate matched. Each type has a message key (in {@code messages.properties}, so the UI can
 * show the reason in the user's language) and the English pattern of that message, used for
 * {@link MatchReason#text()}.
 */
public enum ReasonType {

	SAME_NAME("deals.match.reason.same-name", "same name: {0} ~ {1}"),
	SIMILAR_NAME("deals.match.reason.similar-name", "name {0} similar: {1} ~ {2}"),
	SAME_DOMAIN("deals.match.reason.same-domain", "same domain {0}"),
	SAME_EMAIL("deals.match.reason.same-email", "same contact e-mail {0}"),
	SAME_PHONE("deals.match.reason.same-phone", "same phone number …{0}"),
	SAME_POSTAL_CODE("deals.match.reason.same-postal-code", "same postal code {0}"),
	SAME_STREET("deals.match.reason.same-street", "same street: {0} ~ {1}"),
	SAME_CITY("deals.match.reason.same-city", "same city {0}"),
	OTHER_COUNTRY("deals.match.reason.other-country", "different country: {0} ~ {1}");

	private final String messageKey;
	private final String englishPattern;

	ReasonType(String messageKey, String englishPattern) {
		this.messageKey = messageKey;
		this.englishPattern = englishPattern;
	}

	public String messageKey() {
		return messageKey;
	}

	/** A {@link java.text.MessageFormat} pattern, the same as the key's entry in messages.properties. */
	public String englishPattern() {
		return englishPattern;
	}
}
