package io.claimwatch.localstack;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.claimwatch.tools.eval.CsvTable;
import io.claimwatch.tools.eval.StanceCsv;
import io.claimwatch.extraction.headline.HeadlineStanceClassifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/** {@code claimwatch stance --input FILE.csv}: one {@code {"stance","confidence"}} JSON line per row, in input order. */
@Command(name = "stance", mixinStandardHelpOptions = true,
        description = "Stance (for/against/observing) of each row's text toward its claim, as JSON lines.")
final class StanceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE.csv",
            description = "CSV with columns claimHeadline,articleHeadline (Emergent) or claim,text.")
    Path input;

    @Override
    public Integer call() throws Exception {
        InputPaths.requireReadable(List.of(input));
        PrintWriter out = spec.commandLine().getOut();
        StanceCsv.write(CsvTable.read(input), input.toString(), HeadlineStanceClassifier.fromResources(), out);
        out.flush();
        return 0;
    }
}
