package org.openprm.programs.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgramRepository extends JpaRepository<Program, UUID> {

	Optional<Program> findByKey(String key);

	List<Program> findAllByOrderByNameAsc();

	List<Program> findByActiveTrueOrderByNameAsc();
}
