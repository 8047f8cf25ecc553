package org.dpatracker.processor;

import java.util.List;

/** The difference between an agreement's subprocessor lists on two days. */
public record SubprocessorListDiff(List<Subprocessor> added, List<Subprocessor> removed) {

    public SubprocessorListDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }
}
