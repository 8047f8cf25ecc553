package org.dpatracker.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StateFingerprintTest {

    @Test
    void aStateReadBackMatchesItsRecordedJsonWhateverTheOrderOfFieldsAndSetElements() {
        String recorded = "{\"name\":\"Ubimax\",\"special\":[\"HEALTH\",\"BIOMETRIC\"],\"version\":2}";
        Map<String, Object> current = new LinkedHashMap<>();
        current.put("version", 2);
        current.put("special", Set.of("BIOMETRIC", "HEALTH"));
        current.put("name", "Ubimax");

        assertThat(StateFingerprint.ofState(current, Set.of())).isEqualTo(StateFingerprint.ofJson(recorded, Set.of()));
    }

    @Test
    void aChangedValueChangesTheFingerprint() {
        Map<String, Object> recorded = Map.of("name", "Ubimax", "locations", List.of("DE", "FR"), "version", 2);
        Map<String, Object> edited = Map.of("name", "Ubimax", "locations", List.of("DE", "US"), "version", 2);

        assertThat(StateFingerprint.ofState(edited, Set.of()))
                .isNotEqualTo(StateFingerprint.ofState(recorded, Set.of()));
    }

    @Test
    void aNullValueIsNotTheSameAsAnEmptyOne() {
        assertThat(StateFingerprint.ofJson("{\"quote\":null}", Set.of()))
                .isNotEqualTo(StateFingerprint.ofJson("{\"quote\":\"\"}", Set.of()));
    }

    @Test
    void fieldsThatOnlyDescribeTheChangeAreLeftOut() {
        String recorded = "{\"passwordChanged\":true,\"username\":\"dpo\",\"version\":3}";

        assertThat(StateFingerprint.ofState(Map.of("username", "dpo", "version", 3), Set.of("passwordChanged")))
                .isEqualTo(StateFingerprint.ofJson(recorded, Set.of("passwordChanged")));
    }
}
