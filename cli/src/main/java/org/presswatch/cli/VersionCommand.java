package org.presswatch.cli;

import java.util.concurrent.Callable;
import org.apache.flink.runtime.util.EnvironmentInformation;
import org.presswatch.core.Version;
import picocli.CommandLine.Command;

@Command(name = "version", mixinStandardHelpOptions = true, description = {"Print the versions of presswatch, Java, Flink and Lucene.",
        "In phiên bản của presswatch, Java, Flink và Lucene."})
final class VersionCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.out.println("presswatch " + Version.get());
        System.out.println("java       " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        System.out.println("flink      " + EnvironmentInformation.getVersion());
        System.out.println("lucene     " + org.apache.lucene.util.Version.LATEST);
        return 0;
    }
}
