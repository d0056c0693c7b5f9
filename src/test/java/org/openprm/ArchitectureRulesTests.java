package org.openprm;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import jakarta.persistence.Entity;

import org.springframework.beans.factory.annotation.Autowired;
import org.openprm.cluster.ClusterJobs;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Layering rules inside modules that Spring Modulith does not check: where controllers and entities
 * live, that entities stay behind the web layer, and constructor injection only.
 */
@AnalyzeClasses(packages = "org.openprm", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureRulesTests {

	@ArchTest
	static final ArchRule noFieldInjection = noFields().should().beAnnotatedWith(Autowired.class)
		.orShould().beAnnotatedWith(Value.class)
		.because("dependencies are constructor arguments, so a class cannot exist half-wired");

	@ArchTest
	static final ArchRule restControllersLiveInWebPackages = classes().that().areAnnotatedWith(RestController.class)
		.and().areNotAnnotatedWith(RestControllerAdvice.class)
		.should().resideInAPackage("org.openprm.*.web..")
		.andShould().haveSimpleNameEndingWith("RestController");

	@ArchTest
	static final ArchRule restControllersAreEntryPointsNotApi = classes().that().areAnnotatedWith(RestController.class)
		.and().areNotAnnotatedWith(RestControllerAdvice.class)
		.should().notBePublic()
		.because("a controller is an entry point, not an API other code calls");

	@ArchTest
	static final ArchRule entitiesLiveInDomainPackages = classes().that().areAnnotatedWith(Entity.class)
		.should().resideInAPackage("org.openprm.*.domain..");

	@ArchTest
	static final ArchRule webCodeNeverTouchesEntities = noClasses().that().resideInAPackage("org.openprm..web..")
		.should().dependOnClassesThat().areAnnotatedWith(Entity.class)
		.because("entities never leave their module and never bind to forms or JSON");

	@ArchTest
	static final ArchRule webCodeNeverTouchesRepositories = noClasses().that().resideInAPackage("org.openprm..web..")
		.should().dependOnClassesThat().resideInAPackage("org.openprm..domain..")
		.because("controllers go through the module's facade, which applies the visibility scope");

	@ArchTest
	static final ArchRule domainDoesNotKnowTheWeb = noClasses().that().resideInAPackage("org.openprm..domain..")
		.should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "jakarta.servlet..",
				"..web..");

	@ArchTest
	static final ArchRule entityFieldsAreNotPublic = fields().that().areDeclaredInClassesThat().areAnnotatedWith(Entity.class)
		.should().notBePublic();

	@ArchTest
	static final ArchRule scheduledJobsRunOncePerCluster = methods().that().areAnnotatedWith(Scheduled.class)
		.should(runThroughClusterJobs())
		.because("with several nodes every node schedules every job; ClusterJobs lets one of them run it per period");

	private static ArchCondition<JavaMethod> runThroughClusterJobs() {
		return new ArchCondition<>("hand their work to ClusterJobs") {

			@Override
			public void check(JavaMethod method, ConditionEvents events) {
				boolean handsOver = method.getMethodCallsFromSelf()
					.stream()
					.anyMatch(call -> call.getTargetOwner().isEquivalentTo(ClusterJobs.class));
				if (!handsOver) {
					events.add(SimpleConditionEvent.violated(method, method.getFullName() + " does not call ClusterJobs"));
				}
			}
		};
	}
}
