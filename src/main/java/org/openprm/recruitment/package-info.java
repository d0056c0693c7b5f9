/**
 * Partner recruitment: the public "become a partner" application, its routing to a reviewer with a
 * review deadline, the reviewer's decision (approval creates, invites and enrols the partner in one
 * transaction) and each partner's lifecycle stage from prospect to inactive.
 * Use cases: {@link org.openprm.recruitment.ApplicationIntake}, {@link org.openprm.recruitment.ApplicationReview},
 * {@link org.openprm.recruitment.ApplicationRouting}, {@link org.openprm.recruitment.PartnerLifecycle}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared :: *", "identity", "partners", "programs", "cluster", "notifications" })
package org.openprm.recruitment;
