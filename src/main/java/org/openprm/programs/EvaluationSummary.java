package org.openprm.programs;

/**
 * What an evaluation run did: memberships evaluated, tiers changed, changes waiting for approval.
 * Serializable: the portal shows it after a redirect, keeping it in the (JDBC) session meanwhile.
 */
public record EvaluationSummary(int evaluated, int changed, int pending) implements java.io.Serializable {
}
