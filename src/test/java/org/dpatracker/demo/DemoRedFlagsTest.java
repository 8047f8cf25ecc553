package org.dpatracker.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dpatracker.redflag.RedFlagType.ADEQUACY_SCOPE_UNCONFIRMED;
import static org.dpatracker.redflag.RedFlagType.BREACH_NOTICE_GAP;
import static org.dpatracker.redflag.RedFlagType.CERTIFICATION_SUPERSEDED;
import static org.dpatracker.redflag.RedFlagType.CERTIFICATION_UNVERIFIED;
import static org.dpatracker.redflag.RedFlagType.CONTRACT_POINT_PARTIAL;
import static org.dpatracker.redflag.RedFlagType.INVALIDATED_FRAMEWORK;
import static org.dpatracker.redflag.RedFlagType.JOINT_CONTROL_WITHOUT_ARRANGEMENT;
import static org.dpatracker.redflag.RedFlagType.LOCATION_MISSING;
import static org.dpatracker.redflag.RedFlagType.NO_SIGNED_AGREEMENT;
import static org.dpatracker.redflag.RedFlagType.OWN_PURPOSES;
import static org.dpatracker.redflag.RedFlagType.US_WITHOUT_DPF;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dpatracker.processor.AgreementRow;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.RegisterFilter;
import org.dpatracker.redflag.RedFlag;
import org.dpatracker.redflag.RedFlagType;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The red flags of every agreement of the demo register, as the five seed documents call for them:
 * nothing a lawyer would strike, and each flag the texts leave open.
 */
@H2Test
class DemoRedFlagsTest {

    @Autowired
    AgreementService agreements;

    @Test
    void everySeedAgreementRaisesExactlyTheFlagsItsDocumentCallsFor() {
        Map<String, Set<RedFlagType>> expected = new TreeMap<>();
        expected.put(
                "imk automotive GmbH",
                EnumSet.of(
                        LOCATION_MISSING, CERTIFICATION_UNVERIFIED, CERTIFICATION_SUPERSEDED, CONTRACT_POINT_PARTIAL));
        expected.put("Ubimax GmbH", EnumSet.of(CONTRACT_POINT_PARTIAL, BREACH_NOTICE_GAP));
        expected.put("Empolis Information Management GmbH", EnumSet.of(NO_SIGNED_AGREEMENT, OWN_PURPOSES));
        expected.put(
                "Userlike UG (haftungsbeschränkt)", EnumSet.of(NO_SIGNED_AGREEMENT, LOCATION_MISSING, US_WITHOUT_DPF));
        expected.put(
                "Google Inc.: Web analytics with Google Analytics for the IMST website",
                EnumSet.of(NO_SIGNED_AGREEMENT, US_WITHOUT_DPF));
        expected.put("LogMeIn Ireland Limited", EnumSet.noneOf(RedFlagType.class));
        expected.put("Podtrac, Inc.", EnumSet.of(NO_SIGNED_AGREEMENT, US_WITHOUT_DPF));
        expected.put("Salesforce.com Inc. (Pardot)", EnumSet.of(NO_SIGNED_AGREEMENT, US_WITHOUT_DPF));
        expected.put("Joomag, Inc.", EnumSet.of(NO_SIGNED_AGREEMENT, US_WITHOUT_DPF));
        expected.put("Bitly, Inc.", EnumSet.of(NO_SIGNED_AGREEMENT, INVALIDATED_FRAMEWORK));
        expected.put("User Local, Inc.", EnumSet.of(NO_SIGNED_AGREEMENT, ADEQUACY_SCOPE_UNCONFIRMED));
        expected.put("Hootsuite", EnumSet.of(NO_SIGNED_AGREEMENT, ADEQUACY_SCOPE_UNCONFIRMED));
        expected.put("Google Inc.: Invisible reCAPTCHA", EnumSet.of(NO_SIGNED_AGREEMENT, INVALIDATED_FRAMEWORK));
        expected.put("Google Inc.: Google Search Console", EnumSet.noneOf(RedFlagType.class));
        expected.put(
                "Google Inc.: Social media plug-in YouTube (Shariff solution)",
                EnumSet.of(JOINT_CONTROL_WITHOUT_ARRANGEMENT, US_WITHOUT_DPF));
        for (String provider : List.of("Facebook Inc", "Twitter, Inc.", "LinkedIn Corporation")) {
            expected.put(provider, EnumSet.of(JOINT_CONTROL_WITHOUT_ARRANGEMENT, INVALIDATED_FRAMEWORK));
        }
        expected.put("SmugMug, Inc. (Flickr)", EnumSet.of(JOINT_CONTROL_WITHOUT_ARRANGEMENT, US_WITHOUT_DPF));

        Map<String, Set<RedFlagType>> actual = new TreeMap<>();
        SystemAccess.run(() -> {
            for (AgreementRow row : agreements.findPage(RegisterFilter.all(), List.of(), 0, 1000)) {
                agreements
                        .detail(row.id())
                        .filter(detail -> detail.agreement().source() != null)
                        .ifPresent(detail -> {
                            String key = expected.containsKey(row.processorName())
                                    ? row.processorName()
                                    : row.processorName() + ": "
                                            + detail.agreement().processing().subjectMatter();
                            Set<RedFlagType> types = EnumSet.noneOf(RedFlagType.class);
                            detail.redFlags().stream().map(RedFlag::type).forEach(types::add);
                            actual.put(key, types);
                        });
            }
        });

        assertThat(actual).containsAllEntriesOf(expected);
    }
}
