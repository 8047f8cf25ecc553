package org.dpatracker.redflag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.dpatracker.redflag.AgreementFacts.Adequacy;
import org.dpatracker.redflag.AgreementFacts.Location;
import org.dpatracker.redflag.AgreementFacts.Party;
import org.dpatracker.transfer.AdequacyScope;

/**
 * Art. 45 GDPR: a decision limited to some recipients (Canada: organisations subject to PIPEDA;
 * Japan: the private sector under the APPI; Korea: PIPA without its decision's exclusions) covers a
 * recipient only when the DPO has confirmed that it falls within that scope (recorded as the
 * party's "within the adequacy decision's scope" certification). The US scope is the DPF's, checked
 * by {@link UsWithoutDpfRule}.
 */
class AdequacyScopeRule extends LocationRule {

    static final String SCOPE_CONFIRMED = "ADEQUACY_SCOPE";

    private final Clock clock;

    AdequacyScopeRule(Clock clock) {
        this.clock = clock;
    }

    @Override
    boolean applies(AgreementFacts facts, Party party, Location location) {
        LocalDate today = LocalDate.now(clock);
        Optional<Adequacy> decision = facts.adequacyOn(location.country(), today);
        return facts.reliesOnAdequacy(location, today)
                && decision.isPresent()
                && decision.get().scope().isLimited()
                && decision.get().scope() != AdequacyScope.DPF_CERTIFIED
                && party.certificates().stream()
                        .noneMatch(c -> SCOPE_CONFIRMED.equals(c.kind())
                                && (c.validUntil() == null || !c.validUntil().isBefore(today)));
    }

    @Override
    RedFlag flag(AgreementFacts facts, Party party, Location location) {
        AdequacyScope scope = facts.adequacy().get(location.country()).scope();
        return RedFlag.of(
                RedFlagType.ADEQUACY_SCOPE_UNCONFIRMED,
                party.name(),
                location.country(),
                RedFlag.TRANSLATE + "adequacy.scope." + scope.name());
    }
}
