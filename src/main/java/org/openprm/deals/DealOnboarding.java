package org.openprm.deals;

import org.openprm.identity.CurrentActor;
import org.openprm.recruitment.OnboardingChecklists;
import org.openprm.recruitment.OnboardingTaskKind;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reports a partner's first registered deal to its onboarding checklist. It lives here, not in recruitment,
 * because deals and recruitment both sit on programs and recruitment must not depend on deals: deals may
 * call recruitment's facade, never the other way round, so the module graph stays free of cycles.
 */
@Component
class DealOnboarding {

	private static final int ATTEMPTS = 3;

	private final OnboardingChecklists checklists;

	private final TransactionTemplate transaction;

	DealOnboarding(OnboardingChecklists checklists, PlatformTransactionManager transactions) {
		this.checklists = checklists;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * A partner registering several deals at once reports each of them; the first tick wins and the
	 * others, after losing the race for the checklist, try again and find the task done.
	 */
	@Async
	@TransactionalEventListener
	void on(DealRegistered event) {
		for (int attempt = 1;; attempt++) {
			try {
				transaction.executeWithoutResult(status -> CurrentActor.runAsSystem(() -> {
					checklists.completeKind(event.partnerId(), OnboardingTaskKind.REGISTER_FIRST_DEAL, event.submittedAt());
					return null;
				}));
				return;
			}
			catch (ObjectOptimisticLockingFailureException raced) {
				if (attempt == ATTEMPTS) {
					throw raced;
				}
			}
		}
	}
}
