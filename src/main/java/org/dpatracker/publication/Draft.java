package org.dpatracker.publication;

import java.util.List;
import java.util.Optional;

/**
 * The list as it would be published now, what it changes against the last published version (none yet: it
 * would be the first), and whether the published fields differ from that version's.
 */
public record Draft(List<ListEntry> entries, ListDiff diff, Optional<ListVersion> last, boolean fieldsChanged) {

    public Draft {
        entries = List.copyOf(entries);
    }

    /** Something to publish: the first version, a change of entries or of the fields shown. */
    public boolean publishable() {
        return last.isEmpty() || !diff.isEmpty() || fieldsChanged;
    }

    /** New sub-processors take effect only after a notice to the customers, once a version is published. */
    public boolean needsNotice() {
        return last.isPresent() && diff.addsSubprocessors();
    }
}
