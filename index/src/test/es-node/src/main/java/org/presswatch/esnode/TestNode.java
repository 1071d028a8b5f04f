package org.presswatch.esnode;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configurator;
import org.elasticsearch.cluster.node.DiscoveryNode;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.plugins.PluginsLoader;

/**
 * A single-node, core-only Elasticsearch on loopback for presswatch's integration tests.
 *
 * <pre>
 * java --module-path lib --add-modules ALL-MODULE-PATH \
 *      -m org.presswatch.esnode/org.presswatch.esnode.TestNode HOME [DATA [HTTP_PORT]]
 * </pre>
 *
 * or with {@code -Desnode.home}, {@code -Desnode.data} and {@code -Desnode.http.port}. HOME is an
 * Elasticsearch home folder: {@code config/} (elasticsearch.yml, log4j2.properties) and
 * {@code modules/transport-netty4/} (the HTTP layer); DATA defaults to HOME/data, HTTP_PORT to the
 * range 9200-9299 (the first free port is taken). Once cluster health is yellow or green the node
 * prints {@code ready on http://127.0.0.1:PORT} on stdout; SIGTERM closes it cleanly.
 *
 * <p>This starts the node the way {@code org.elasticsearch.bootstrap.Elasticsearch} does, minus what
 * a throwaway test node does not need: no CLI process, no keystore, no native sandbox or memory
 * lock, no bootstrap checks (it binds loopback only), and no entitlement agent.
 */
public final class TestNode {

    private static final String CLUSTER_NAME = "presswatch-test";
    private static final String NODE_NAME = "presswatch-test-node";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private static final CountDownLatch STOPPED = new CountDownLatch(1);
    private static volatile Node node;
    private static volatile boolean stopping;

    private TestNode() {}

    public static void main(String[] args) {
        PrintStream out = System.out;
        try {
            String homeArg = arg(args, 0, "esnode.home", null);
            if (homeArg == null || homeArg.isBlank()) {
                System.err.println("usage: TestNode HOME [DATA [HTTP_PORT]]  (or -Desnode.home, -Desnode.data, -Desnode.http.port)");
                System.exit(2);
            }
            Path home = Path.of(homeArg).toAbsolutePath().normalize();
            Path data = Path.of(arg(args, 1, "esnode.data", home.resolve("data").toString())).toAbsolutePath().normalize();
            String httpPort = arg(args, 2, "esnode.http.port", "9200-9299");
            Path logs = home.resolve("logs");
            Files.createDirectories(data);
            Files.createDirectories(logs);
            Files.createDirectories(home.resolve("plugins"));

            Settings settings = Settings.builder()
                .put(Environment.PATH_HOME_SETTING.getKey(), home.toString())
                .put(Environment.PATH_DATA_SETTING.getKey(), data.toString())
                .put(Environment.PATH_LOGS_SETTING.getKey(), logs.toString())
                .put("cluster.name", CLUSTER_NAME)
                .put(Node.NODE_NAME_SETTING.getKey(), NODE_NAME)
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", httpPort)
                // A CI disk may be fuller than the 85/90/95 % watermarks; this node must allocate anyway.
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .build();

            // Logging first, as in Elasticsearch's own phase 1: reading settings files already logs.
            Path configDir = home.resolve("config");
            LogConfigurator.registerErrorListener();
            LogConfigurator.setNodeName(NODE_NAME);
            if (Files.isRegularFile(configDir.resolve("log4j2.properties"))) {
                LogConfigurator.configure(new Environment(settings, configDir), true);
            } else {
                LogConfigurator.configureWithoutConfig(settings);
            }

            // Settings + config/elasticsearch.yml (if any) -> the node's Environment (paths, final settings).
            Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), configDir, () -> NODE_NAME);
            Logger logger = LogManager.getLogger(TestNode.class);

            // Modules (home/modules: transport-netty4) and plugins (home/plugins: none), each in its
            // own module layer.
            boolean stateless = DiscoveryNode.isStateless(environment.settings());
            var modules = PluginsLoader.loadModulesBundles(environment.modulesDir(), stateless);
            var plugins = PluginsLoader.loadPluginsBundles(environment.pluginsDir(), stateless);
            if (modules.stream().noneMatch(b -> b.pluginDescriptor().getName().equals("transport-netty4"))) {
                throw new IllegalStateException("no transport-netty4 module in " + environment.modulesDir()
                    + ": the node would have no HTTP layer (.ci/es-node lays it out)");
            }
            PluginsLoader pluginsLoader = PluginsLoader.createPluginsLoader(modules, plugins, Map.of());

            Runtime.getRuntime().addShutdownHook(new Thread(TestNode::shutdown, "presswatch-es-node-shutdown"));

            node = new Node(environment, pluginsLoader);
            node.start();

            int port = node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress().getPort();
            String url = "http://127.0.0.1:" + port;
            awaitHealth(url, logger);
            out.println("ready on " + url);
            out.flush();

            STOPPED.await();
        } catch (Throwable t) {
            if (stopping) {
                return; // SIGTERM while starting: the shutdown hook closes what was started
            }
            System.err.println("presswatch es-node: the node did not start: " + t);
            t.printStackTrace();
            System.err.flush();
            Runtime.getRuntime().halt(1);
        }
    }

    /** GET /_cluster/health?wait_for_status=yellow until it answers green or yellow (GET / is 405 on this node). */
    private static void awaitHealth(String url, Logger logger) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/_cluster/health?wait_for_status=yellow&timeout=10s"))
            .timeout(Duration.ofSeconds(20))
            .GET()
            .build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                last = response.statusCode() + " " + response.body();
                if (response.statusCode() == 200
                    && (response.body().contains("\"status\":\"green\"") || response.body().contains("\"status\":\"yellow\""))) {
                    logger.info("cluster health: {}", response.body());
                    return;
                }
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("cluster health not yellow/green after " + READY_TIMEOUT.toSeconds() + " s: " + last);
    }

    /** SIGTERM (or any JVM exit): close the node the way Elasticsearch's own shutdown hook does. */
    private static void shutdown() {
        stopping = true;
        Node n = node;
        try {
            if (n != null) {
                LogManager.getLogger(TestNode.class).info("stopping");
                n.prepareForClose();
                n.close();
                if (n.awaitClose(10, TimeUnit.SECONDS) == false) {
                    System.err.println("presswatch es-node: the node did not close within 10 s");
                }
            }
        } catch (IOException e) {
            System.err.println("presswatch es-node: error while closing the node: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (LogManager.getContext(false) instanceof LoggerContext context) {
                Configurator.shutdown(context);
            }
            STOPPED.countDown();
        }
    }

    private static String arg(String[] args, int index, String property, String fallback) {
        if (args.length > index && !args[index].isBlank()) {
            return args[index];
        }
        return System.getProperty(property, fallback);
    }
}
