package org.dpatracker.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.dpatracker", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule databaseAccessOnlyInRepositoriesAndQueries = noClasses()
            .that()
            .haveSimpleNameNotEndingWith("Repository")
            .and()
            .haveSimpleNameNotEndingWith("Query")
            .and()
            .resideOutsideOfPackage("org.dpatracker.db..")
            .should()
            .dependOnClassesThat()
            .areAssignableTo(org.jooq.DSLContext.class)
            .because("SQL belongs in *Repository and *Query classes");

    @ArchTest
    static final ArchRule vaadinOnlyInUiAndSecurity = noClasses()
            .that()
            .resideOutsideOfPackages("..ui..", "org.dpatracker.security..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.vaadin..")
            .because("views are thin and services know nothing of Vaadin");

    @ArchTest
    static final ArchRule generatedRecordsStayInRepositories = noClasses()
            .that()
            .resideInAPackage("..ui..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.dpatracker.db..")
            .because("jOOQ records do not reach the user interface");

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles = slices().matching("org.dpatracker.(*)..")
            .should()
            .beFreeOfCycles()
            // The generated schema names the features' own types (enums) as its column types; that is
            // how a column is read, not a dependency of one feature on another.
            .ignoreDependency(resideInAPackage("org.dpatracker.db.."), alwaysTrue());
}
