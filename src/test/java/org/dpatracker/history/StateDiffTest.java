package org.dpatracker.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StateDiffTest {

    @Test
    void listsOnlyTheFieldsThatChanged() {
        List<StateDiff.FieldChange> changes = StateDiff.between(
                "{\"displayName\":\"Dana\",\"enabled\":true,\"roles\":[\"DPO\"]}",
                "{\"displayName\":\"Dana\",\"enabled\":false,\"roles\":[\"AUDITOR\",\"DPO\"]}");
        assertThat(changes).extracting(StateDiff.FieldChange::field).containsExactly("enabled", "roles");
        assertThat(changes.getFirst()).hasToString("enabled: true → false");
    }

    @Test
    void anInsertShowsEveryFieldAsNew() {
        assertThat(StateDiff.between(null, "{\"username\":\"dana\"}"))
                .singleElement()
                .hasToString("username: — → dana");
    }

    @Test
    void aDeleteShowsEveryFieldAsGone() {
        assertThat(StateDiff.between("{\"username\":\"dana\"}", null))
                .singleElement()
                .hasToString("username: dana → —");
    }
}
