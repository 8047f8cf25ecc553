package org.dpatracker.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SsoUsernameTest {

    @Test
    void thePreferredUserNameMadeToFitTheRules() {
        assertThat(SsoUsername.choose("Dana.Schmidt", "dana@corp.example", "s1", name -> false))
                .isEqualTo("dana.schmidt");
        assertThat(SsoUsername.choose("_Jörg Müller", null, "s1", name -> false))
                .isEqualTo("j-rg-m-ller");
    }

    @Test
    void elseThePartOfTheEmailAddressBeforeTheAt() {
        assertThat(SsoUsername.choose(null, "Max.Buyer@corp.example", "s1", name -> false))
                .isEqualTo("max.buyer");
        assertThat(SsoUsername.choose("x", "max@corp.example", "s1", name -> false))
                .isEqualTo("max");
    }

    @Test
    void elseTheSubject() {
        assertThat(SsoUsername.choose(null, null, "248289761001", name -> false))
                .isEqualTo("sso-248289761001");
    }

    @Test
    void aNumberIsAddedWhileTheNameIsTaken() {
        Set<String> taken = Set.of("dana", "dana-2");
        assertThat(SsoUsername.choose("dana", null, "s1", taken::contains)).isEqualTo("dana-3");
    }
}
