package org.presswatch.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module directions of ARCHITECTURE.md, checked on the compiled main code of every module:
 * a module may use only the modules above it, and core none of the heavy libraries.
 */
@AnalyzeClasses(packages = "org.presswatch", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String CORE = "org.presswatch.core..";
    private static final String INGEST = "org.presswatch.ingest..";
    private static final String ANALYSIS = "org.presswatch.analysis..";
    private static final String INDEX = "org.presswatch.index..";
    private static final String DEMO = "org.presswatch.demo..";
    private static final String PIPELINE = "org.presswatch.pipeline..";
    private static final String API = "org.presswatch.api..";
    private static final String FLINK = "org.apache.flink..";
    private static final String LUCENE = "org.apache.lucene..";
    private static final String JAVALIN = "io.javalin..";
    private static final String HTTP_CLIENT = "java.net.http..";

    @ArchTest
    static final ArchRule coreDependsOnNoModuleAndNoEngine = noClasses().that().resideInAPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage(INGEST, ANALYSIS, INDEX, DEMO, PIPELINE, API, FLINK, LUCENE,
                    JAVALIN, HTTP_CLIENT, "org.jsoup..", "com.rometools..", "crawlercommons..", "opennlp..")
            .because("core holds only records, configuration and contracts");

    @ArchTest
    static final ArchRule ingestNeverScoresOrIndexes = noClasses().that().resideInAPackage(INGEST)
            .should().dependOnClassesThat().resideInAnyPackage(ANALYSIS, INDEX, DEMO, PIPELINE, API, FLINK, LUCENE, JAVALIN)
            .because("ingest fetches and extracts; it never scores or indexes");

    @ArchTest
    static final ArchRule analysisNeverFetches = noClasses().that().resideInAPackage(ANALYSIS)
            .should().dependOnClassesThat().resideInAnyPackage(INGEST, INDEX, DEMO, PIPELINE, API, FLINK, LUCENE, JAVALIN, HTTP_CLIENT)
            .because("analysis works on text it is given and never does network I/O");

    @ArchTest
    static final ArchRule indexKnowsOnlyCore = noClasses().that().resideInAPackage(INDEX)
            .should().dependOnClassesThat().resideInAnyPackage(INGEST, ANALYSIS, DEMO, PIPELINE, API, FLINK, JAVALIN)
            .because("index backends implement core's contract and nothing else");

    @ArchTest
    static final ArchRule demoKnowsOnlyCore = noClasses().that().resideInAPackage(DEMO)
            .should().dependOnClassesThat().resideInAnyPackage(INGEST, ANALYSIS, INDEX, PIPELINE, API, FLINK, LUCENE, JAVALIN)
            .because("the demo newsroom stands in for the web, independent of what crawls it");

    @ArchTest
    static final ArchRule pipelineDoesNotKnowTheApi = noClasses().that().resideInAPackage(PIPELINE)
            .should().dependOnClassesThat().resideInAnyPackage(API, DEMO, JAVALIN)
            .because("the job is wired by its callers, never the other way round");
}
