package org.openprm.partners;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A partner location. Coordinates are optional; lead routing uses them for distance.
 */
public record Address(@Size(max = 60) String label, @Size(max = 200) String street, @NotBlank @Size(max = 120) String city,
		@Size(max = 20) String postalCode, @Size(max = 120) String region,
		@NotBlank @Pattern(regexp = "[A-Z]{2}", message = "{partner.country.pattern}") String country,
		@DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
		@DecimalMin("-180") @DecimalMax("180") BigDecimal longitude) {

	public String oneLine() {
		StringBuilder line = new StringBuilder();
		for (String part : new String[] { street, postalCode, city, region, country }) {
			if (part != null && !part.isBlank()) {
				line.append(line.isEmpty() ? "" : ", ").append(part);
			}
		}
		return line.toString();
	}
}
