package io.sparkworkbench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The package rules of ARCHITECTURE.md, checked on every build. */
@AnalyzeClasses(packages = "io.sparkworkbench", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule engineKnowsNoJavaFx = noClasses().that().resideInAPackage("io.sparkworkbench.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.sparkworkbench.ui..", "io.sparkworkbench.app..");

    @ArchTest
    static final ArchRule uiKnowsNoSparkOrScala = noClasses().that().resideInAPackage("io.sparkworkbench.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "scala..", "io.sparkworkbench.app..");

    /** The report is drawn headless too (the CLI's {@code pipeline --report}): charts with JFreeChart and AWT only. */
    @ArchTest
    static final ArchRule reportAndChartsKnowNoJavaFxOrSpark = noClasses()
            .that().resideInAnyPackage("io.sparkworkbench.report..", "io.sparkworkbench.chart..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.apache.spark..", "scala..", "io.sparkworkbench.ui..",
                    "io.sparkworkbench.app..");

    @ArchTest
    static final ArchRule viewModelsKnowNoControls = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..");

    @ArchTest
    static final ArchRule onlyTheCommandLinePrints = noClasses()
            .that().resideOutsideOfPackages("io.sparkworkbench.app.cli..", "io.sparkworkbench.app.bench..")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS);

    @ArchTest
    static final ArchRule loggingOnlyThroughSlf4j = noClasses()
            .should(GeneralCodingRules.USE_JAVA_UTIL_LOGGING)
            .orShould().dependOnClassesThat().resideInAnyPackage("org.apache.logging.log4j..", "org.apache.log4j..");
}
