package org.presswatch.core.config;

import java.nio.file.Path;
import org.presswatch.core.util.Validate;

/**
 * Where presswatch keeps each thing it stores: every path under the data folder ({@code data.dir})
 * is named here and nowhere else, and so are the two that settings may move out of it (the claim
 * index, {@code analysis.claims.library-index}, and the checkpoints, {@code pipeline.checkpoint-dir}),
 * so that whoever writes a thing and whoever reads it always agree on where it is.
 *
 * <pre>
 * data/
 *   index/          the embedded article index (Lucene)
 *   alerts/         the embedded alert store (Lucene)
 *   office/         the office database (H2): the rebuttal library, every version
 *   library-index/  the claim index, derived from the library
 *   checkpoints/    the Flink job's checkpoints
 *   crawl-state/    the feed state of sources status (ETags, items seen, next poll)
 *   flink-tmp/      Flink's temporary files, emptied on each start
 *   notifications/  what each webhook receiver has been sent
 *   models/         the office's topic model (presswatch train)
 *   training/       the office's labelled articles
 *   gazetteer.yaml  the office's own places
 *   demo-newsroom-epoch  when the demo newsroom first opened (presswatch demo)
 *   machine-credential   the secret a running server gives this machine's commands
 * </pre>
 *
 * Immutable; paths are as configured (relative ones stay relative to the working folder).
 */
public final class DataLayout {
    private final Path dir;
    private final Path claimIndex;
    private final Path checkpoints;

    private DataLayout(Path dir, Path claimIndex, Path checkpoints) {
        this.dir = Validate.notNull(dir, "dir");
        this.claimIndex = claimIndex;
        this.checkpoints = checkpoints;
    }

    /** The layout the configuration describes. */
    public static DataLayout of(PresswatchConfig config) {
        Path dir = config.data().dir();
        String claimIndex = config.analysis().claims().libraryIndex();
        String checkpoints = config.pipeline().checkpointDir();
        return new DataLayout(dir, claimIndex.isEmpty() ? dir.resolve("library-index") : Path.of(claimIndex),
                checkpoints.isEmpty() ? dir.resolve("checkpoints") : Path.of(checkpoints));
    }

    /** Everything in its default place under {@code dir}: for tools and benchmarks that work in a folder of their own. */
    public static DataLayout under(Path dir) {
        return new DataLayout(dir, dir.resolve("library-index"), dir.resolve("checkpoints"));
    }

    /**
     * The secret presswatch serve writes on each start, readable by its owner alone, with which
     * the commands run on this machine reach its API as the machine itself.
     */
    public Path machineCredential() {
        return dir.resolve("machine-credential");
    }

    /** The data folder itself. */
    public Path dir() {
        return dir;
    }

    public Path articleIndex() {
        return dir.resolve("index");
    }

    public Path alertStore() {
        return dir.resolve("alerts");
    }

    /** The folder of the office database: the rebuttal library and what the office keeps beside it. */
    public Path officeDatabase() {
        return dir.resolve("office");
    }

    /** Where earlier versions of presswatch kept the library's database; moved into {@link #officeDatabase()} when found. */
    public Path earlierLibraryDatabase() {
        return dir.resolve("library");
    }

    /** The library's claim index, which the library writes and the job reads. */
    public Path claimIndex() {
        return claimIndex;
    }

    public Path checkpoints() {
        return checkpoints;
    }

    /** The feed state the job checkpoints is also kept here, for {@code presswatch sources status}. */
    public Path crawlState() {
        return dir.resolve("crawl-state");
    }

    /** Flink's temporary files (BLOBs, spilled state); what a killed process left is removed on the next start. */
    public Path flinkTemporary() {
        return dir.resolve("flink-tmp");
    }

    /** The temporary files of a re-analysis, apart from those of the live job running beside it. */
    public Path reanalysisTemporary() {
        return flinkTemporary().resolve("reanalysis");
    }

    /** The outboxes of the webhook receivers: what each has been sent. */
    public Path notifications() {
        return dir.resolve("notifications");
    }

    /** The office's topic classifier, which {@code presswatch train} saves. */
    public Path topicModel() {
        return dir.resolve("models").resolve("topics.bin");
    }

    /** The office's own places, in the built-in gazetteer's format. */
    public Path gazetteer() {
        return dir.resolve("gazetteer.yaml");
    }

    /** The folder of the office's labelled articles ({@code *.jsonl}). */
    public Path training() {
        return dir.resolve("training");
    }

    /** When the demo newsroom first opened, so that a restarted demo carries on where it was. */
    public Path demoEpoch() {
        return dir.resolve("demo-newsroom-epoch");
    }

    @Override
    public String toString() {
        return "DataLayout[" + dir + ", claim index " + claimIndex + ", checkpoints " + checkpoints + "]";
    }
}
