package org.openprm.recruitment.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RoutingRuleRepository extends JpaRepository<RoutingRule, UUID> {

	List<RoutingRule> findAllByOrderByPriorityAscCreatedAtAsc();
}
