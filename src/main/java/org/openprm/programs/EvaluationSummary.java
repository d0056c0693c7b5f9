package org.openprm.programs;

/**
 * What an evaluation run did: memberships evaluated, tiers changed, changes waiting for approval.
 */
public record EvaluationSummary(int evaluated, int changed, int pending) {
}
