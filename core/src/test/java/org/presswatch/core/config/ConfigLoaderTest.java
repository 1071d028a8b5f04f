package org.presswatch.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    @Test
    void defaultsAloneMakeAValidConfiguration() {
        PresswatchConfig config = new ConfigLoader().load();
        assertEquals(8080, config.api().port());
        assertEquals("127.0.0.1", config.api().host());
        assertEquals(Path.of("./data"), config.data().dir());
        assertEquals(Duration.ofSeconds(10), config.pipeline().checkpointInterval());
        assertEquals(PresswatchConfig.Index.Backend.LUCENE, config.index().backend());
    }

    @Test
    void userFileOverridesOnlyTheKeysItWrites() throws IOException {
        PresswatchConfig config = new ConfigLoader().file(write("""
                api:
                  port: 9090
                pipeline:
                  checkpoint-interval: 2s
                """)).load();
        assertEquals(9090, config.api().port());
        assertEquals("127.0.0.1", config.api().host());
        assertEquals(Duration.ofSeconds(2), config.pipeline().checkpointInterval());
        assertEquals(2, config.pipeline().parallelism());
    }

    @Test
    void unknownKeyNamesTheKeyTheFileAndTheLineAndSuggestsTheRightOne() throws IOException {
        Path file = write("""
                # my settings
                api:
                  host: 0.0.0.0
                  prot: 9090
                """);
        ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader().file(file).load());
        assertEquals("unknown key 'api.prot' in " + file + ", line 4 (did you mean 'api.port'?)", e.getMessage());
    }

    @Test
    void aCommandsDefaultsSitBetweenTheBuiltInOnesAndTheUsers() throws IOException {
        PresswatchConfig demo = new ConfigLoader().commandDefault("presswatch demo", "alerts.spike.window", "5m").load();
        assertEquals(java.time.Duration.ofMinutes(5), demo.alerts().spike().window());
        Path mine = write("alerts:\n  spike:\n    window: 2h\n");
        PresswatchConfig overridden = new ConfigLoader().commandDefault("presswatch demo", "alerts.spike.window", "5m").file(mine).load();
        assertEquals(java.time.Duration.ofHours(2), overridden.alerts().spike().window(), "the user's file wins");
        ConfigException e = assertThrows(ConfigException.class,
                () -> new ConfigLoader().commandDefault("presswatch demo", "alerts.spike.window", "soon").load());
        assertTrue(e.getMessage().contains("defaults of presswatch demo"), e.getMessage());
    }

    @Test
    void aFlinkClusterNeedsAnIndexItsMachinesShare() throws IOException {
        Path lucene = write("pipeline:\n  flink: flink.office.vn:8081\n");
        ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader().file(lucene).load());
        assertTrue(e.getMessage().contains("set index.backend: elasticsearch"), e.getMessage());

        Path shared = write("pipeline:\n  flink: flink.office.vn:8081\nindex:\n  backend: elasticsearch\n");
        PresswatchConfig config = new ConfigLoader().file(shared).load();
        assertTrue(config.pipeline().remote());
        assertEquals(config.data().dir().resolve("checkpoints"), config.layout().checkpoints());

        Path noPort = write("pipeline:\n  flink: flink.office.vn\nindex:\n  backend: elasticsearch\n");
        e = assertThrows(ConfigException.class, () -> new ConfigLoader().file(noPort).load());
        assertTrue(e.getMessage().contains("host:port"), e.getMessage());
    }

    @Test
    void unknownTopLevelSectionIsRejectedToo() throws IOException {
        Path file = write("apy:\n  port: 1\n");
        ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader().file(file).load());
        assertTrue(e.getMessage().startsWith("unknown key 'apy' in " + file + ", line 1 (did you mean 'api'?)"), e.getMessage());
    }

    @Test
    void wrongKindOfValueNamesTheKeyFileLineAndExpectedKind() throws IOException {
        Path file = write("api:\n  port: eighty\n");
        ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader().file(file).load());
        assertEquals("'api.port' in " + file + ", line 2 must be a whole number, like the default '8080'", e.getMessage());

        Path duration = write("crawler:\n  connect-timeout: 10\n");
        e = assertThrows(ConfigException.class, () -> new ConfigLoader().file(duration).load());
        assertEquals("'crawler.connect-timeout' in " + duration + ", line 2 must be a duration (250ms, 10s, 5m, 2h or 1d), like the default '10s'",
                e.getMessage());

        Path section = write("crawler: fast\n");
        e = assertThrows(ConfigException.class, () -> new ConfigLoader().file(section).load());
        assertTrue(e.getMessage().startsWith("'crawler' in " + section + ", line 1 must be a section"), e.getMessage());
    }

    @Test
    void badValueOfTheRightKindIsReportedWithItsLine() throws IOException {
        Path file = write("crawler:\n  connect-timeout: 10 parsecs\n");
        ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader().file(file).load());
        assertTrue(e.getMessage().startsWith("invalid value for 'crawler.connect-timeout' (" + file + ", line 2): '10 parsecs' is not a duration"),
                e.getMessage());

        Path range = write("api:\n  port: 70000\n");
        e = assertThrows(ConfigException.class, () -> new ConfigLoader().file(range).load());
        assertTrue(e.getMessage().contains(range + ", line 1") && e.getMessage().contains("api.port must be in [0, 65535], was 70000"),
                e.getMessage());
    }

    @Test
    void theApisLimitsHaveDefaultsAndAreChecked() throws IOException {
        PresswatchConfig.Api.Limits limits = new ConfigLoader().load().api().limits();
        assertEquals(1_048_576, limits.maxBodyBytes());
        assertEquals(4096, limits.maxUrlLength());
        assertEquals(16_384, limits.maxHeaderBytes());
        assertEquals(1000, limits.maxQueryLength());
        assertEquals(Duration.ofSeconds(30), limits.idleTimeout());
        assertEquals(2048, new ConfigLoader().environment(Map.of("PRESSWATCH_API_LIMITS_MAX_BODY_BYTES", "2048")).load()
                .api().limits().maxBodyBytes());

        Path urlOverHeaders = write("api:\n  limits:\n    max-url-length: 20000\n");
        ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader().file(urlOverHeaders).load());
        assertTrue(e.getMessage().contains("api.limits.max-url-length (20000) must be below api.limits.max-header-bytes (16384)"),
                e.getMessage());
        Path instantTimeout = write("api:\n  limits:\n    idle-timeout: 10ms\n");
        e = assertThrows(ConfigException.class, () -> new ConfigLoader().file(instantTimeout).load());
        assertTrue(e.getMessage().contains("api.limits.idle-timeout must be at least 1s"), e.getMessage());
    }

    @Test
    void theElasticsearchBackendNamesItsClusterAndIndex() throws IOException {
        PresswatchConfig config = new ConfigLoader().file(write("""
                index:
                  backend: elasticsearch
                  elasticsearch:
                    url: http://10.0.0.5:9200
                    index-name: tinh-quang-ngai
                """)).load();
        assertEquals(PresswatchConfig.Index.Backend.ELASTICSEARCH, config.index().backend());
        assertEquals("http://10.0.0.5:9200", config.index().elasticsearch().url().toString());
        assertEquals("tinh-quang-ngai", config.index().elasticsearch().indexName());

        Path upper = write("index:\n  elasticsearch:\n    index-name: Articles\n");
        ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader().file(upper).load());
        assertTrue(e.getMessage().contains("index.elasticsearch.index-name must be lowercase"), e.getMessage());
    }

    @Test
    void missingFileAndBrokenYamlAreClearErrors() throws IOException {
        Path missing = dir.resolve("nope.yaml");
        ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader().file(missing).load());
        assertEquals("configuration file " + missing + " does not exist or is not a file", e.getMessage());

        Path broken = write("api:\n  port: [1, 2\n");
        e = assertThrows(ConfigException.class, () -> new ConfigLoader().file(broken).load());
        assertTrue(e.getMessage().startsWith(broken + ", line "), e.getMessage());

        Path twice = write("api:\n  port: 1\n  port: 2\n");
        e = assertThrows(ConfigException.class, () -> new ConfigLoader().file(twice).load());
        assertEquals(twice + ", line 3: key 'api.port' is written twice", e.getMessage());
    }

    @Test
    void environmentOverridesTheFileAndCommandLineOverridesBoth() throws IOException {
        Path file = write("api:\n  port: 9090\n");
        PresswatchConfig config = new ConfigLoader().file(file)
                .environment(Map.of("PRESSWATCH_API_PORT", "9191", "PRESSWATCH_DEMO_BACKLOG_SHARE", "0.5", "HOME", "/root",
                        "PRESSWATCH_JAVA_OPTS", "-Xmx1g", "PRESSWATCH_CORPORA", "/data-sets"))
                .load();
        assertEquals(9191, config.api().port());
        assertEquals(0.5, config.demo().backlogShare());

        config = new ConfigLoader().file(file).environment(Map.of("PRESSWATCH_API_PORT", "9191")).override("api.port", 7000).load();
        assertEquals(7000, config.api().port());
    }

    @Test
    void unknownOrMalformedEnvironmentVariablesAreErrors() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> new ConfigLoader().environment(Map.of("PRESSWATCH_API_PROT", "1")).load());
        assertTrue(e.getMessage().startsWith("unknown environment variable PRESSWATCH_API_PROT (did you mean 'PRESSWATCH_API_PORT'?)"),
                e.getMessage());
        e = assertThrows(ConfigException.class, () -> new ConfigLoader().environment(Map.of("PRESSWATCH_API_PORT", "x")).load());
        assertEquals("environment variable PRESSWATCH_API_PORT: 'x' for setting 'api.port' must be a whole number", e.getMessage());
    }

    @Test
    void everyLeafSettingHasItsOwnEnvironmentVariable() {
        Map<String, String> names = ConfigLoader.environmentNames(
                new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(Map.of("crawler", Map.of("max-in-flight", 1))));
        assertEquals(Map.of("PRESSWATCH_CRAWLER_MAX_IN_FLIGHT", "crawler.max-in-flight"), names);
    }

    private Path write(String yaml) throws IOException {
        Path file = Files.createTempFile(dir, "presswatch", ".yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
