package org.openprm.programs.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The portal form for a tier; rank 1 is the lowest. The key is entered once, when the tier is added.
 */
public class TierForm {

	@NotBlank
	@Pattern(regexp = "[a-z][a-z0-9_-]{0,59}", message = "{program.key.pattern}")
	private String key;

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotNull
	@Min(1)
	@Max(100)
	private Integer rank;

	public String getKey() {
		return key;
	}

	public void setKey(String key) {
		this.key = key;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Integer getRank() {
		return rank;
	}

	public void setRank(Integer rank) {
		this.rank = rank;
	}
}
