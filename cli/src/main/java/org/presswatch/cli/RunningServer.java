package org.presswatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.presswatch.api.runtime.ApiAddress;
import org.presswatch.api.runtime.MachineCredential;
import org.presswatch.core.config.DataLayout;
import org.presswatch.core.config.PresswatchConfig;
import org.presswatch.core.json.Json;
import org.presswatch.pipeline.reanalysis.ReanalysisStatus;

/**
 * The presswatch running on this machine with the same settings, reached through its API, so a
 * command can ask it to do what only the process holding the index may do. Not thread-safe.
 */
final class RunningServer {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    private final URI reindex;
    private final DataLayout layout;

    RunningServer(PresswatchConfig config) {
        this.reindex = ApiAddress.onThisMachine(config.api().host(), config.api().port()).resolve("/api/v1/reindex");
        this.layout = config.layout();
    }

    /** A request carrying this machine's credential, which the running server wrote in the data folder. */
    private HttpRequest.Builder request() throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(reindex).timeout(TIMEOUT);
        MachineCredential.read(layout).ifPresent(secret -> request.header("Authorization", "Bearer " + secret));
        return request;
    }

    URI address() {
        return reindex;
    }

    /**
     * Asks the running presswatch to start a re-analysis; empty when none answers there. A run
     * already going on is followed rather than started twice.
     *
     * @throws IOException when something answers but refuses, or is not presswatch
     */
    Optional<ReanalysisStatus> startReanalysis() throws IOException, InterruptedException {
        HttpResponse<String> response;
        try {
            response = http.send(request().POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            return Optional.empty();
        }
        return switch (response.statusCode()) {
            case 202 -> Optional.of(status(json.readTree(response.body())));
            case 409 -> Optional.of(status(json.readTree(response.body()).path("status")));
            default -> throw new IOException(reindex + " answered " + response.statusCode() + ": " + response.body());
        };
    }

    ReanalysisStatus reanalysis() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request().GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(reindex + " answered " + response.statusCode() + ": " + response.body());
        }
        return status(json.readTree(response.body()));
    }

    private ReanalysisStatus status(JsonNode node) throws IOException {
        return json.treeToValue(node, ReanalysisStatus.class);
    }
}
