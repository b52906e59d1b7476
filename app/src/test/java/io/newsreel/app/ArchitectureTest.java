package io.newsreel.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module boundaries the design relies on, checked on the compiled classes of every module. */
@AnalyzeClasses(packages = "io.newsreel", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule contractStaysSmall = noClasses().that().resideInAPackage("io.newsreel.contract..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka.streams..", "com.rometools..",
                    "io.newsreel.ingest..", "io.newsreel.processor..", "io.newsreel.sink..")
            .because("every service and any outside consumer depends on the contract, so it carries nothing else");

    @ArchTest
    static final ArchRule ingestStandsAlone = noClasses().that().resideInAPackage("io.newsreel.ingest..")
            .should().dependOnClassesThat().resideInAnyPackage("io.newsreel.processor..", "io.newsreel.sink..")
            .because("services only share the contract, so each can be deployed and scaled on its own");

    @ArchTest
    static final ArchRule processorStandsAlone = noClasses().that().resideInAPackage("io.newsreel.processor..")
            .should().dependOnClassesThat().resideInAnyPackage("io.newsreel.ingest..", "io.newsreel.sink..")
            .because("services only share the contract, so each can be deployed and scaled on its own");

    @ArchTest
    static final ArchRule sinkStandsAlone = noClasses().that().resideInAPackage("io.newsreel.sink..")
            .should().dependOnClassesThat().resideInAnyPackage("io.newsreel.ingest..", "io.newsreel.processor..")
            .because("services only share the contract, so each can be deployed and scaled on its own");

    @ArchTest
    static final ArchRule romeStaysInTheParserAndTheFeedWriter = noClasses().that()
            .resideOutsideOfPackages("io.newsreel.ingest.parse..", "io.newsreel.sink.export..")
            .should().dependOnClassesThat().resideInAPackage("com.rometools..")
            .because("ROME's mutable feed types must not leak past the parser that reads feeds and the writer that "
                    + "writes one");
}
