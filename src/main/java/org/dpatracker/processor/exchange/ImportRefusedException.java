package org.dpatracker.processor.exchange;

import java.util.List;

/** An import with at least one bad value; nothing of it was saved. */
public class ImportRefusedException extends RuntimeException {

    private final transient List<ImportProblem> problems;

    public ImportRefusedException(List<ImportProblem> problems) {
        super(problems.size() + " problems, first: " + problems.getFirst());
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
