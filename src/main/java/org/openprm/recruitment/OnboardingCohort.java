package org.openprm.recruitment;

import java.time.YearMonth;

/**
 * Partners enrolled in one month: how many, how many registered a first deal, and the average days from
 * enrolment to that first deal (null while none has).
 */
public record OnboardingCohort(YearMonth month, int enrolled, int withFirstDeal, Double averageDaysToFirstDeal) {
}
