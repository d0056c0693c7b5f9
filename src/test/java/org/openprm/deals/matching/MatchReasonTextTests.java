package org.openprm.deals.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class MatchReasonTextTests {

	@Test
	void fillsEveryReasonPatternAsMessageFormatWould() {
		String[] arguments = { "Globex {1} Corp", "O'Brien & Co", "0.94" };
		for (ReasonType type : ReasonType.values()) {
			assertThat(type.englishPattern()).as("a pattern without quotes or formats").doesNotContain("'").doesNotContain(",");
			assertThat(MatchReason.fill(type.englishPattern(), arguments)).as(type.name())
				.isEqualTo(new MessageFormat(type.englishPattern(), Locale.ENGLISH).format(arguments));
		}
	}


	@Test
	void writesScoresWithTwoDecimalsAsReasonsShowThem() {
		assertThat(MatchReason.decimal(0.9444)).isEqualTo("0.94");
		assertThat(MatchReason.decimal(1)).isEqualTo("1.00");
		assertThat(MatchReason.decimal(0.3)).isEqualTo("0.30");
		assertThat(MatchReason.decimal(0.05)).isEqualTo("0.05");
		assertThat(MatchReason.decimal(-0.2)).isEqualTo("-0.20");
	}

	@Test
	void agreesWithStandardFormattingOnEveryScoreInRange() {
		for (int i = 0; i <= 10_000; i++) {
			double score = i / 10_000.0;
			assertThat(MatchReason.decimal(score)).as("%s", score).isEqualTo(String.format(Locale.ROOT, "%.2f", score));
		}
	}
}
