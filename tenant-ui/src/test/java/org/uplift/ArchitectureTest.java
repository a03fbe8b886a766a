package org.uplift;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.uplift.organisation.Organisations;
import org.uplift.workflows.inbox.Inbox;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The module boundaries: Spring Modulith's verification of the modules directly under org.uplift,
 * and ArchUnit rules that keep the platform core and the workflows free of the layers above them.
 */
class ArchitectureTest {

    static final String[] PLATFORM_CORE = {"org.uplift.tenancy..", "org.uplift.identity..", "org.uplift.organisation..",
            "org.uplift.notification..", "org.uplift.validation..", "org.uplift.persistence..", "org.uplift.platform..",
            "org.uplift.assessment..", "org.uplift.marketplace.."};

    /** Main code only, also when platform-core's test-jar comes from the local repository as a jar. */
    static final ImportOption MAIN_CODE = location -> ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location)
            && !location.contains("-tests.jar");

    static final ApplicationModules MODULES;
    static final JavaClasses CLASSES;

    static {
        // Only org.uplift's own classes are needed; resolving every library type they touch costs seconds.
        ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false);
        try {
            MODULES = ApplicationModules.of(UpliftApplication.class, MAIN_CODE);
            CLASSES = new ClassFileImporter()
                    .withImportOption(MAIN_CODE)
                    .withImportOption(location -> location.contains("/org/uplift/"))
                    .importUrls(Stream.of(UpliftApplication.class, Organisations.class, Inbox.class)
                            .map(type -> type.getProtectionDomain().getCodeSource().getLocation()).toList());
        } finally {
            ArchConfiguration.get().reset();
        }
    }

    @Test
    void the_rules_see_the_classes_of_core_workflows_and_the_application() {
        assertThat(Stream.of("org.uplift.tenancy", "org.uplift.organisation", "org.uplift.workflows.inbox",
                "org.uplift.ui.home", "org.uplift.api",
                "org.uplift.assessment.scoring")).allMatch(CLASSES::containPackage);
    }

    @Test
    void application_modules_use_only_each_others_exposed_types_and_form_no_cycles() {
        MODULES.verify();
    }

    @Test
    void platform_core_knows_nothing_of_workflows_ui_api_security_demo_vaadin_or_camunda() {
        noClasses().that().resideInAnyPackage(PLATFORM_CORE)
                .should().dependOnClassesThat().resideInAnyPackage("org.uplift.workflows..", "org.uplift.ui..",
                        "org.uplift.api..", "org.uplift.security..", "org.uplift.demo..", "com.vaadin..",
                        "org.camunda..")
                .check(CLASSES);
    }

    @Test
    void workflows_know_nothing_of_ui_api_security_demo_or_vaadin() {
        noClasses().that().resideInAPackage("org.uplift.workflows..")
                .should().dependOnClassesThat().resideInAnyPackage("org.uplift.ui..", "org.uplift.api..",
                        "org.uplift.security..", "org.uplift.demo..", "com.vaadin..")
                .check(CLASSES);
    }

    /** Request code acts as its signed-in principal: it cannot lift itself to system work's owner rights. */
    @Test
    void the_ui_and_the_api_never_run_system_work() {
        noClasses().that().resideInAnyPackage("org.uplift.ui..", "org.uplift.api..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.uplift.identity.SystemWork")
                .check(CLASSES);
    }

    @Test
    void top_level_packages_form_no_cycles() {
        slices().matching("org.uplift.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void ui_feature_packages_form_no_cycles() {
        slices().matching("org.uplift.ui.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void every_module_is_documented_with_a_diagram_and_a_canvas() throws Exception {
        Path folder = Path.of("target", "spring-modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();

        assertThat(folder.resolve("components.puml")).exists();
        MODULES.forEach(module -> assertThat(folder.resolve("module-" + module.getIdentifier() + ".puml"))
                .as("diagram of module %s", module.getIdentifier()).exists());
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(name -> name.endsWith(".adoc"));
        }
    }
}
