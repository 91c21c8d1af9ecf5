package org.upright;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules of DESIGN.md §3 that the compiler does not hold. */
class ArchitectureTest {
    private static final String ROOT = "org.upright";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // also when the build folder is moved (-Dbuild.dir), where the predefined option does not see tests
                .withImportOption(location -> !location.contains("/test-classes/")).importPackages(ROOT);
    }

    @Test
    void only_the_store_package_and_store_classes_touch_sql() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".store..")
                // the search benchmark drives SQLite FTS5 as the engine it is measured against
                .and().resideOutsideOfPackage(ROOT + ".bench..")
                .and().haveNameNotMatching(".*\\.(Jooq[^.$]*|[^.$]*Store)(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..")
                .because("SQL lives in store/ and in the *Store / Jooq* classes of each feature")
                .check(classes);
    }

    @Test
    void services_do_not_know_they_are_on_the_web() {
        noClasses().that().haveSimpleNameEndingWith("Service")
                .should().dependOnClassesThat().resideInAPackage("io.javalin..")
                .because("the same service answers the web page, the JSON API and the CLI")
                .check(classes);
    }

    @Test
    void nothing_in_the_application_can_change_or_remove_an_audit_row() {
        noClasses().that().resideInAPackage(ROOT + ".audit..")
                .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe("jOOQ update, delete, truncate or merge",
                        call -> call.getTarget().getOwner().getPackageName().startsWith("org.jooq")
                                && call.getTarget().getName().matches("update|delete|deleteFrom|truncate|truncateTable|mergeInto")))
                .because("the audit log is append-only; the database's triggers refuse it as well")
                .check(classes);
        // and the store's contract offers nothing but appending and reading
        org.assertj.core.api.Assertions.assertThat(java.util.Arrays.stream(org.upright.audit.AuditStore.class.getMethods())
                .map(java.lang.reflect.Method::getName)).allMatch(name -> name.matches("append|find|forEach|actions"));
    }

    @Test
    void only_search_uses_lucene() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".search..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
                .because("only plain records leave search/")
                .check(classes);
    }

    @Test
    void only_app_ingest_and_the_owning_feature_touch_a_features_store() {
        classes().should(touchOnlyTheirOwnStores())
                .because("features talk to other features through services and records; App wires the stores and"
                        + " ingest writes the record through them by design")
                .check(classes);
    }

    /** A feature's store is a class named *Store in org.upright.FEATURE; store/ is plumbing, not a feature. */
    private static ArchCondition<JavaClass> touchOnlyTheirOwnStores() {
        return new ArchCondition<>("touch only their own feature's stores") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                if (origin.getName().equals(ROOT + ".App") || feature(origin).equals("ingest")) return;
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass();
                    boolean featureStore = target.getSimpleName().endsWith("Store") && target.getPackageName().startsWith(ROOT + ".")
                            && !feature(target).equals("store");
                    if (featureStore && !feature(target).equals(feature(origin))) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }

    private static String feature(JavaClass c) {
        String rest = c.getPackageName().equals(ROOT) ? "" : c.getPackageName().substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
