package org.dpatracker.processor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.util.Locale;
import org.dpatracker.contract.ContractCheck;
import org.dpatracker.contract.ContractCheckService;
import org.dpatracker.contract.ContractPoint;
import org.dpatracker.contract.PointStatus;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.redflag.RedFlag;
import org.dpatracker.redflag.RedFlagType;
import org.dpatracker.support.AgreementBuilder;
import org.dpatracker.support.BrowserlessTest;
import org.dpatracker.support.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A missing Art. 28(3) point's flag cites the point the way the reader's language writes it. */
@H2Test
class RedFlagCitationsTest extends BrowserlessTest {

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Autowired
    ContractCheckService contractChecks;

    @Test
    void aMissingPointReadsArt28Abs3S2LitAInGermanAndArt283aInEnglish() {
        login("dpo");
        String vendor = "Citation Vendor " + System.nanoTime();
        Agreement agreement = AgreementBuilder.agreement(agreements, organisations)
                .vendor(vendor, "DE")
                .save();
        contractChecks.save(
                new ContractCheck(agreement.id(), ContractPoint.INSTRUCTIONS, PointStatus.MISSING, null, null, -1));
        RedFlag flag = agreements.detail(agreement.id()).orElseThrow().redFlags().stream()
                .filter(f -> f.type() == RedFlagType.CONTRACT_POINT_MISSING)
                .findFirst()
                .orElseThrow();

        Div context = new Div();
        UI.getCurrent().add(context);
        UI.getCurrent().setLocale(Locale.GERMAN);
        assertThat(RedFlagTexts.explanation(context, flag))
                .startsWith(vendor + ": dem Vertrag fehlt Art. 28 Abs. 3 S. 2 lit. a – Verarbeitung nur auf");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat(RedFlagTexts.explanation(context, flag))
                .startsWith(vendor + ": the contract lacks Art. 28(3)(a) – ");
    }
}
