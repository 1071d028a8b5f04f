package org.presswatch.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module graph of the architecture (docs/architecture.md), checked on the compiled main code
 * of every module: core ← ingest, analysis, index ← pipeline ← office ← api ← cli, with bench and
 * demo beside; a module uses only those below it, core none of the engines. Inside api the HTTP
 * handlers and the delivery of notifications never reach the runtime that wires them; inside cli
 * only the bench commands reach the benchmarks, and no command touches a store's engine itself.
 */
@AnalyzeClasses(packages = "org.presswatch", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String CORE = "org.presswatch.core..";
    private static final String INGEST = "org.presswatch.ingest..";
    private static final String ANALYSIS = "org.presswatch.analysis..";
    private static final String INDEX = "org.presswatch.index..";
    private static final String DEMO = "org.presswatch.demo..";
    private static final String PIPELINE = "org.presswatch.pipeline..";
    private static final String OFFICE = "org.presswatch.office..";
    private static final String API = "org.presswatch.api..";
    private static final String BENCH = "org.presswatch.bench..";
    private static final String CLI = "org.presswatch.cli..";
    private static final String FLINK = "org.apache.flink..";
    private static final String LUCENE = "org.apache.lucene..";
    private static final String ELASTICSEARCH = "co.elastic..";
    private static final String JDBC = "java.sql..";
    private static final String H2 = "org.h2..";
    private static final String JAVALIN = "io.javalin..";
    private static final String PICOCLI = "picocli..";
    private static final String HTTP_CLIENT = "java.net.http..";

    @ArchTest
    static final ArchRule coreDependsOnNoModuleAndNoEngine = noClasses().that().resideInAPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage(INGEST, ANALYSIS, INDEX, DEMO, PIPELINE, OFFICE, API, BENCH, CLI, FLINK,
                    LUCENE, ELASTICSEARCH, JDBC, JAVALIN, PICOCLI, HTTP_CLIENT, "org.jsoup..", "com.rometools..", "crawlercommons..",
                    "opennlp..")
            .because("core holds only records, configuration, the data layout and contracts");

    @ArchTest
    static final ArchRule ingestNeverScoresOrIndexes = noClasses().that().resideInAPackage(INGEST)
            .should().dependOnClassesThat().resideInAnyPackage(ANALYSIS, INDEX, DEMO, PIPELINE, OFFICE, API, BENCH, CLI, FLINK, LUCENE,
                    JAVALIN)
            .because("ingest fetches and extracts; it never scores or indexes");

    @ArchTest
    static final ArchRule analysisNeverFetches = noClasses().that().resideInAPackage(ANALYSIS)
            .should().dependOnClassesThat().resideInAnyPackage(INGEST, INDEX, DEMO, PIPELINE, OFFICE, API, BENCH, CLI, FLINK, LUCENE,
                    JAVALIN, HTTP_CLIENT)
            .because("analysis works on text it is given and never does network I/O");

    @ArchTest
    static final ArchRule indexKnowsOnlyCore = noClasses().that().resideInAPackage(INDEX)
            .should().dependOnClassesThat().resideInAnyPackage(INGEST, ANALYSIS, DEMO, PIPELINE, OFFICE, API, BENCH, CLI, FLINK, JAVALIN)
            .because("index backends implement core's contracts and nothing else");

    @ArchTest
    static final ArchRule demoKnowsOnlyCore = noClasses().that().resideInAPackage(DEMO)
            .should().dependOnClassesThat().resideInAnyPackage(INGEST, ANALYSIS, INDEX, PIPELINE, OFFICE, API, BENCH, CLI, FLINK, LUCENE,
                    JAVALIN)
            .because("the demo newsroom stands in for the web, independent of what crawls it");

    @ArchTest
    static final ArchRule pipelineKnowsNoInterface = noClasses().that().resideInAPackage(PIPELINE)
            .should().dependOnClassesThat().resideInAnyPackage(OFFICE, API, BENCH, CLI, DEMO, JAVALIN, PICOCLI)
            .because("the job is wired by its callers, never the other way round");

    @ArchTest
    static final ArchRule officeIsBeneathAnyInterface = noClasses().that().resideInAPackage(OFFICE)
            .should().dependOnClassesThat().resideInAnyPackage(API, BENCH, CLI, DEMO, JAVALIN, PICOCLI, FLINK)
            .because("what the office owns and does is the same whether the web UI, the API or a command asks");

    @ArchTest
    static final ArchRule apiDoesNotKnowTheCommands = noClasses().that().resideInAPackage(API)
            .should().dependOnClassesThat().resideInAnyPackage(BENCH, CLI, PICOCLI)
            .because("the API and its runtime serve; the commands and the benchmarks sit above them");

    @ArchTest
    static final ArchRule benchIsUsedOnlyByItsCommands = noClasses().that().resideOutsideOfPackages(BENCH, "org.presswatch.cli.bench..")
            .should().dependOnClassesThat().resideInAPackage(BENCH)
            .because("no production jar carries benchmark code; presswatch bench ... reaches it from the distribution");

    @ArchTest
    static final ArchRule benchmarksLiveInTheBenchModule = classes().that().resideInAPackage("..bench..")
            .or().haveSimpleNameContaining("Benchmark")
            .should().resideInAnyPackage(BENCH, "org.presswatch.cli.bench..")
            .because("every benchmark and its baselines are in the bench module");

    @ArchTest
    static final ArchRule handlersNeverReachTheRuntime = noClasses().that().resideInAPackage("org.presswatch.api.http..")
            .should().dependOnClassesThat().resideInAnyPackage("org.presswatch.api.runtime..", "org.presswatch.api.notify..", LUCENE,
                    ELASTICSEARCH, JDBC, H2, FLINK)
            .because("handlers parse, call office, index and core contracts, and shape JSON; the runtime hands them what they use");

    @ArchTest
    static final ArchRule deliveryNeverReachesTheHandlers = noClasses().that().resideInAPackage("org.presswatch.api.notify..")
            .should().dependOnClassesThat().resideInAnyPackage("org.presswatch.api.http..", "org.presswatch.api.runtime..", JAVALIN)
            .because("notifications are delivered the same whatever serves the API");

    @ArchTest
    static final ArchRule commandsNeverTouchAStoreEngine = noClasses().that().resideInAPackage(CLI)
            .should().dependOnClassesThat().resideInAnyPackage(JAVALIN, JDBC, H2, ELASTICSEARCH, "org.apache.lucene.index..",
                    "org.apache.lucene.store..", "org.apache.lucene.search..")
            .because("a command parses its options and calls office, api, pipeline or bench; stores are opened beneath it");
}
