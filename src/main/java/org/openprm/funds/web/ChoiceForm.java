package org.openprm.funds.web;

/** One entry for the vendor's approved lists: an activity type or a marketing theme. */
public class ChoiceForm {

	private String kind = "ACTIVITY_TYPE";

	private String name;

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}
}
