package org.dpatracker.processor;

import java.util.List;

/** The difference between an agreement's subprocessor lists on two days: who came, who left, who moved. */
public record SubprocessorListDiff(List<Subprocessor> added, List<Subprocessor> removed, List<LocationChange> changed) {

    public SubprocessorListDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    /** A subprocessor on both days whose processing locations differ. */
    public record LocationChange(
            Subprocessor subprocessor, List<ProcessingLocation> before, List<ProcessingLocation> after) {}
}
