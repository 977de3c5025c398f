package org.cync;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package dependencies CYNC keeps one-way, checked on the compiled main classes so that an
 * import against the direction fails the build instead of growing into a cycle. From the top: the
 * console (with the sign-in), the accounts it signs in, the operations that start and watch runs,
 * the job, the mailboxes and photos it writes, the contacts wanted, the directory they come from,
 * the Graph plumbing, the connection, the settings, and the data directory, audit trail and test
 * hooks at the bottom.
 */
@AnalyzeClasses(packages = "org.cync", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule noCyclesBetweenFeatures =
      slices().matching("org.cync.(*)..").should().beFreeOfCycles();

  /** Each layer may be used only by the layers above it (and by itself). */
  @ArchTest
  static final ArchRule layers =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("Console")
          .definedBy("org.cync.console..", "org.cync.login..", "org.cync.health..")
          .layer("Accounts")
          .definedBy("org.cync.accounts..")
          .layer("Diagnostics")
          .definedBy("org.cync.diagnostics..")
          .layer("Operations")
          .definedBy(
              "org.cync.history..",
              "org.cync.backup..",
              "org.cync.schedule..",
              "org.cync.trial..",
              "org.cync.alerts..",
              "org.cync.metrics..")
          .layer("Sync")
          .definedBy("org.cync.sync..")
          .layer("Mailboxes")
          .definedBy("org.cync.mailbox..", "org.cync.photos..")
          .layer("Contacts")
          .definedBy("org.cync.contacts..")
          .layer("Directory")
          .definedBy("org.cync.directory..")
          .layer("GraphBatch")
          .definedBy("org.cync.graphbatch..")
          .layer("Connection")
          .definedBy("org.cync.connection..")
          .layer("Settings")
          .definedBy("org.cync.settings..")
          .layer("Base")
          .definedBy(
              "org.cync.audit..",
              "org.cync.store..",
              "org.cync.testhooks..",
              "org.cync.roles..",
              "org.cync.time..",
              "org.cync.limits..")
          .whereLayer("Console")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("Accounts")
          .mayOnlyBeAccessedByLayers("Console")
          .whereLayer("Diagnostics")
          .mayOnlyBeAccessedByLayers("Console")
          .whereLayer("Operations")
          .mayOnlyBeAccessedByLayers("Console")
          .whereLayer("Sync")
          .mayOnlyBeAccessedByLayers("Console", "Operations")
          .whereLayer("Mailboxes")
          .mayOnlyBeAccessedByLayers("Console", "Operations", "Sync")
          .whereLayer("Contacts")
          .mayOnlyBeAccessedByLayers("Console", "Operations", "Sync", "Mailboxes")
          .whereLayer("Directory")
          .mayOnlyBeAccessedByLayers("Console", "Operations", "Sync", "Mailboxes", "Contacts")
          .whereLayer("GraphBatch")
          .mayOnlyBeAccessedByLayers("Console", "Operations", "Sync", "Mailboxes")
          .whereLayer("Connection")
          .mayOnlyBeAccessedByLayers(
              "Console", "Operations", "Sync", "Mailboxes", "Contacts", "Directory", "GraphBatch")
          .whereLayer("Settings")
          .mayOnlyBeAccessedByLayers(
              "Console",
              "Operations",
              "Sync",
              "Mailboxes",
              "Contacts",
              "Directory",
              "GraphBatch",
              "Connection")
          .whereLayer("Base")
          .mayOnlyBeAccessedByLayers(
              "Console",
              "Accounts",
              "Diagnostics",
              "Operations",
              "Sync",
              "Mailboxes",
              "Contacts",
              "Directory",
              "GraphBatch",
              "Connection",
              "Settings");

  /** The simulated tenant is a test double; only the trial that runs it in-process may use it. */
  @ArchTest
  static final ArchRule onlyTrialUsesTheSandbox =
      noClasses()
          .that()
          .resideOutsideOfPackages("org.cync.trial..", "org.cync.sandbox..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.cync.sandbox..");

  /** The sandbox also runs on its own (SandboxMain) and must not drag CYNC into that jar. */
  @ArchTest
  static final ArchRule sandboxStandsAlone =
      noClasses()
          .that()
          .resideInAPackage("org.cync.sandbox..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("org.cync..").and(resideOutsideOfPackage("org.cync.sandbox..")));

  /** The launcher is a main class outside the WAR: it starts Payara and may know nothing of it. */
  @ArchTest
  static final ArchRule launcherStandsAlone =
      noClasses()
          .that()
          .resideInAPackage("org.cync.launcher..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("org.cync..").and(resideOutsideOfPackage("org.cync.launcher..")));

  @ArchTest
  static final ArchRule nothingUsesTheLauncher =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.cync.launcher..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.cync.launcher..");

  /**
   * The Graph SDK stays behind the few packages that talk to Graph, so a change of SDK version or a
   * move to plain HTTP touches them only.
   */
  @ArchTest
  static final ArchRule graphSdkOnlyWhereGraphIsCalled =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              "org.cync.connection..", "org.cync.directory..", "org.cync.graphbatch..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.microsoft.graph..", "com.microsoft.kiota..");

  /**
   * A session bean's proxy refuses a non-public method at run time ("Not a business method"), which
   * no unit test notices: PUT /api/alerts failed so. Only lifecycle and timer callbacks may be
   * non-public.
   */
  @ArchTest
  static final ArchRule sessionBeanMethodsCalledFromOutsideArePublic =
      com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
          .that()
          .areDeclaredInClassesThat()
          .areAnnotatedWith(jakarta.ejb.Stateless.class)
          .or()
          .areDeclaredInClassesThat()
          .areAnnotatedWith(jakarta.ejb.Singleton.class)
          .should(calledFromOutsideOnlyIfPublic());

  private static com.tngtech.archunit.lang.ArchCondition<
          com.tngtech.archunit.core.domain.JavaMethod>
      calledFromOutsideOnlyIfPublic() {
    return new com.tngtech.archunit.lang.ArchCondition<>("be public when other classes call them") {
      @Override
      public void check(
          com.tngtech.archunit.core.domain.JavaMethod method,
          com.tngtech.archunit.lang.ConditionEvents events) {
        if (method.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)
            || method
                .getModifiers()
                .contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC)) {
          return;
        }
        method.getCallsOfSelf().stream()
            .filter(call -> !call.getOriginOwner().equals(method.getOwner()))
            .forEach(
                call ->
                    events.add(
                        com.tngtech.archunit.lang.SimpleConditionEvent.violated(
                            call, call.getDescription() + ": the bean's proxy refuses it")));
      }
    };
  }
}
