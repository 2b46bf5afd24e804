package io.chaingraph.model;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** graph-model is the base every other module stands on: it depends on no other ChainGraph module, nor on Spring. */
class ArchitectureTest {

	@Test
	void graphModelDependsOnNoOtherModuleNorSpring() {
		var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("io.chaingraph.model");
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.chaingraph.api..", "io.chaingraph.loader..", "io.chaingraph.standalone..",
					"io.chaingraph.testsupport..", "org.springframework..", "org.neo4j.graphdb..",
					"org.neo4j.dbms..")
			.check(classes);
	}

}
