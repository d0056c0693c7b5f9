package org.openprm.programs.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TierRepository extends JpaRepository<ProgramTier, UUID> {

	List<ProgramTier> findByProgramIdOrderByRankAsc(UUID programId);

	List<ProgramTier> findByProgramIdInOrderByRankAsc(Collection<UUID> programIds);
}
