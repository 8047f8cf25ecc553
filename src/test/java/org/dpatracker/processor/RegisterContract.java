package org.dpatracker.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dpatracker.core.ConcurrentEditException;
import org.dpatracker.core.InvalidInputException;
import org.dpatracker.dataflow.RecipientFilter;
import org.dpatracker.dataflow.RecipientService;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.redflag.RedFlag;
import org.dpatracker.redflag.RedFlagType;
import org.dpatracker.support.Refused;
import org.dpatracker.transfer.TransferMechanism;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The register on a real database with the demo data set; run on H2 and PostgreSQL by the subclasses. */
abstract class RegisterContract {

    @Autowired
    AgreementService agreements;

    @Autowired
    SubprocessorService subprocessors;

    @Autowired
    OrganisationService organisations;

    @Autowired
    RecipientService recipients;

    @Test
    @WithUserDetails("manager")
    void theDemoRegisterHoldsTheSeedVendors() {
        int all = agreements.count(RegisterFilter.all());
        List<String> processors = agreements.findPage(RegisterFilter.all(), List.of(), 0, all).stream()
                .map(AgreementRow::processorName)
                .toList();
        assertThat(processors)
                .contains(
                        "imk automotive GmbH",
                        "Ubimax GmbH",
                        "Empolis Information Management GmbH",
                        "Userlike UG (haftungsbeschränkt)",
                        "Google Inc.",
                        "LogMeIn Ireland Limited",
                        "Podtrac, Inc.",
                        "Salesforce.com Inc. (Pardot)",
                        "User Local, Inc.",
                        "Bitly, Inc.",
                        "Joomag, Inc.",
                        "Hootsuite");
    }

    @Test
    @WithUserDetails("manager")
    void wibusPrivacyShieldRecipientsAreFlagged() {
        Map<String, Set<RedFlagType>> flags = rows(RegisterFilter.text("")).stream()
                .filter(row -> row.controllerName().equals("WIBU-SYSTEMS AG"))
                .collect(Collectors.toMap(AgreementRow::processorName, AgreementRow::redFlags, (a, b) -> {
                    Set<RedFlagType> both = new java.util.TreeSet<>(a);
                    both.addAll(b);
                    return both;
                }));
        assertThat(flags.get("Bitly, Inc.")).contains(RedFlagType.INVALIDATED_FRAMEWORK);
        assertThat(flags.get("Google Inc.")).contains(RedFlagType.INVALIDATED_FRAMEWORK);
        assertThat(flags.get("Facebook Inc")).contains(RedFlagType.INVALIDATED_FRAMEWORK);
        assertThat(flags.get("Twitter, Inc.")).contains(RedFlagType.INVALIDATED_FRAMEWORK);
        assertThat(flags.get("LinkedIn Corporation")).contains(RedFlagType.INVALIDATED_FRAMEWORK);
        assertThat(flags.get("Podtrac, Inc."))
                .containsExactlyInAnyOrder(RedFlagType.NO_SIGNED_AGREEMENT, RedFlagType.US_WITHOUT_DPF);
        assertThat(flags.get("LogMeIn Ireland Limited")).isEmpty();
    }

    @Test
    @WithUserDetails("manager")
    void socialPlugInProvidersAreJointControllersWithoutAnArrangementAndSearchConsoleAnIndependentController() {
        Map<String, List<AgreementRow>> wibu = rows(RegisterFilter.text("")).stream()
                .filter(row -> row.controllerName().equals("WIBU-SYSTEMS AG"))
                .collect(Collectors.groupingBy(AgreementRow::processorName));
        for (String provider :
                List.of("Facebook Inc", "Twitter, Inc.", "LinkedIn Corporation", "SmugMug, Inc. (Flickr)")) {
            AgreementRow plugin = wibu.get(provider).getFirst();
            assertThat(detail(plugin).agreement().relationship()).as(provider).isEqualTo(Relationship.JOINT_CONTROLLER);
            assertThat(plugin.redFlags())
                    .as(provider)
                    .contains(RedFlagType.JOINT_CONTROL_WITHOUT_ARRANGEMENT)
                    .doesNotContain(RedFlagType.NO_SIGNED_AGREEMENT);
        }
        Map<String, AgreementDetail> google = wibu.get("Google Inc.").stream()
                .map(this::detail)
                .collect(Collectors.toMap(d -> d.agreement().processing().subjectMatter(), d -> d));
        assertThat(google.get("Google Search Console").agreement().relationship())
                .isEqualTo(Relationship.INDEPENDENT_CONTROLLER);
        assertThat(google.get("Google Search Console").redFlags()).isEmpty();
        assertThat(google.get("Social media plug-in YouTube (Shariff solution)")
                        .agreement()
                        .relationship())
                .isEqualTo(Relationship.JOINT_CONTROLLER);
        assertThat(google.get("Invisible reCAPTCHA").agreement().relationship()).isEqualTo(Relationship.PROCESSOR);
    }

    @Test
    @WithUserDetails("auditor")
    void empolisOwnPurposeClauseIsFlaggedWithItsWording() {
        AgreementDetail empolis = detailOf("Empolis Information Management GmbH");
        assertThat(empolis.redFlags())
                .filteredOn(flag -> flag.type() == RedFlagType.OWN_PURPOSES)
                .singleElement()
                .satisfies(flag -> assertThat(flag.details().getFirst()).contains("train the software"));
        assertThat(empolis.redFlags())
                .extracting(RedFlag::type)
                .as("Empolis offers an Art. 28 contract on request; none is recorded as signed")
                .containsExactlyInAnyOrder(RedFlagType.NO_SIGNED_AGREEMENT, RedFlagType.OWN_PURPOSES);
    }

    @Test
    @WithUserDetails("auditor")
    void theSignedSeedAgreementsRaiseOnlyWhatTheirTextsLeaveOpen() {
        assertThat(detailOf("LogMeIn Ireland Limited").redFlags()).isEmpty();
        assertThat(detailOf("Ubimax GmbH").redFlags())
                .extracting(RedFlag::type)
                .containsOnly(RedFlagType.CONTRACT_POINT_PARTIAL, RedFlagType.BREACH_NOTICE_GAP);
        assertThat(detailOf("imk automotive GmbH").redFlags())
                .extracting(RedFlag::type)
                .containsOnly(
                        RedFlagType.LOCATION_MISSING,
                        RedFlagType.CERTIFICATION_UNVERIFIED,
                        RedFlagType.CERTIFICATION_SUPERSEDED,
                        RedFlagType.CONTRACT_POINT_PARTIAL);
        assertThat(detailOf("imk automotive GmbH").redFlags())
                .filteredOn(f -> f.type() == RedFlagType.CERTIFICATION_SUPERSEDED)
                .singleElement()
                .extracting(RedFlag::subject, f -> f.details().getFirst())
                .containsExactly("Axilaris GmbH", "ISO/IEC 27001:2013");
    }

    @Test
    @WithUserDetails("auditor")
    void subprocessorsAppearWithTheirLocations() {
        AgreementDetail ubimax = detailOf("Ubimax GmbH");
        assertThat(ubimax.engagedBy(null)).singleElement().satisfies(azure -> {
            assertThat(ubimax.organisationOf(azure).name()).isEqualTo("Microsoft Azure");
            assertThat(azure.locations())
                    .extracting(ProcessingLocation::country)
                    .containsExactly("EU");
        });
        assertThat(ubimax.agreement().subprocessorTerms().objectionPeriodDays()).isEqualTo(14);
        AgreementDetail imk = detailOf("imk automotive GmbH");
        assertThat(imk.subprocessors())
                .extracting(s -> imk.organisationOf(s).name())
                .containsExactly("Axilaris GmbH");
        assertThat(imk.organisationOf(imk.subprocessors().getFirst()).certifications())
                .extracting(c -> c.displayLabel())
                .contains("ISO/IEC 27001:2013");
    }

    @Test
    @WithUserDetails("manager")
    void theListFiltersByCountryOutsideTheEeaFlagsAndText() {
        assertThat(rows(new RegisterFilter(null, null, "JP", false, false)))
                .extracting(AgreementRow::processorName)
                .containsExactly("User Local, Inc.");
        assertThat(rows(new RegisterFilter(null, null, null, true, false)))
                .extracting(AgreementRow::processorName)
                .doesNotContain("Ubimax GmbH", "imk automotive GmbH")
                .contains("Hootsuite", "Google Inc.");
        assertThat(rows(new RegisterFilter(null, null, null, false, true)))
                .allSatisfy(row -> assertThat(row.redFlags()).isNotEmpty())
                .extracting(AgreementRow::processorName)
                .contains("Empolis Information Management GmbH");
        assertThat(rows(RegisterFilter.text("azure")))
                .extracting(AgreementRow::processorName)
                .containsExactly("Ubimax GmbH");
        assertThat(agreements.count(new RegisterFilter(null, AgreementStatus.SIGNED, null, false, false)))
                .isEqualTo(rows(new RegisterFilter(null, AgreementStatus.SIGNED, null, false, false))
                        .size());
    }

    @Test
    @WithUserDetails("dpo")
    void aSubprocessorInAThirdCountryWithoutMechanismRaisesAFlag() {
        long controller = detailOf("Ubimax GmbH").controller().id();
        Organisation vendor = organisations.save(organisation("Vendor " + suffix(), "DE"));
        Organisation host = organisations.save(organisation("Host " + suffix(), "DE"));
        Organisation support = organisations.save(organisation("Support " + suffix(), "IN"));
        Agreement agreement = agreements.save(Agreement.withProcessor(
                null,
                0,
                controller,
                vendor.id(),
                AgreementStatus.SIGNED,
                null,
                new ProcessingDescription("Ticketing", null, null, null, null, null, Set.of(), null, null),
                null,
                null,
                false,
                null,
                null,
                List.of(new ProcessingLocation(null, "de", null, null, null, null, null))));
        Subprocessor hosting = subprocessors.save(new Subprocessor(
                null,
                0,
                agreement.id(),
                null,
                host.id(),
                "Hosting",
                false,
                null,
                ApprovalState.AUTHORISED,
                List.of(ProcessingLocation.in("DE", "Frankfurt"))));
        assertThat(agreements.detail(agreement.id()).orElseThrow().redFlags()).isEmpty();

        subprocessors.save(new Subprocessor(
                null,
                0,
                agreement.id(),
                hosting.id(),
                support.id(),
                "Second-level support",
                false,
                null,
                ApprovalState.AUTHORISED,
                List.of(new ProcessingLocation(null, "in", "Bangalore", null, null, null, null))));

        AgreementDetail after = agreements.detail(agreement.id()).orElseThrow();
        assertThat(after.engagedBy(hosting.id())).hasSize(1);
        assertThat(after.redFlags()).extracting(RedFlag::type).containsExactly(RedFlagType.NO_TRANSFER_MECHANISM);
        assertThat(after.redFlags().getFirst().details()).containsExactly("IN");
        assertThat(rows(RegisterFilter.text(vendor.name())))
                .singleElement()
                .satisfies(row -> assertThat(row.redFlags()).containsExactly(RedFlagType.NO_TRANSFER_MECHANISM));
    }

    @Test
    @WithUserDetails("dpo")
    void organisationCountriesAreNormalisedAndUnknownCodesRefused() {
        assertThat(organisations.save(organisation("Hellas " + suffix(), "EL")).country())
                .isEqualTo("GR");
        assertThat(organisations
                        .save(organisation("Britannia " + suffix(), "uk"))
                        .country())
                .isEqualTo("GB");
        assertThatThrownBy(() -> organisations.save(organisation("Nowhere " + suffix(), "XX")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.problems())
                                .extracting(InvalidInputException.Problem::field)
                                .containsExactly("country"));
    }

    @Test
    @WithUserDetails("dpo")
    void anOrganisationIsRecordedOnce() {
        Organisation first = organisations.save(organisation("Once " + suffix(), "DE"));
        assertThatThrownBy(() -> organisations.save(organisation(first.name().toUpperCase(), "DE")))
                .isInstanceOfSatisfying(InvalidInputException.class, Refused.onField("name"));
        assertThat(organisations.findOrCreate(organisation(first.name(), "DE")).id())
                .isEqualTo(first.id());
    }

    @Test
    @WithUserDetails("dpo")
    void theSecondOfTwoConcurrentEditsIsRefusedAndOverwritesNothing() {
        Agreement original = detailOf("Joomag, Inc.").agreement();
        Agreement first = withReviewNote(original, "first editor");
        Agreement second = withReviewNote(original, "second editor");

        agreements.save(first);

        assertThatThrownBy(() -> agreements.save(second)).isInstanceOf(ConcurrentEditException.class);
        assertThat(detailOf("Joomag, Inc.").agreement().document().signedCopyLocation())
                .isEqualTo("first editor");
    }

    @Test
    @WithUserDetails("dpo")
    void aSubprocessorCannotBeEngagedByItself() {
        AgreementDetail imk = detailOf("imk automotive GmbH");
        Subprocessor axilaris = imk.subprocessors().getFirst();
        Subprocessor ownParent = new Subprocessor(
                axilaris.id(),
                axilaris.version(),
                axilaris.agreementId(),
                axilaris.id(),
                axilaris.organisationId(),
                axilaris.service(),
                false,
                null,
                axilaris.approval(),
                axilaris.locations());
        assertThatThrownBy(() -> subprocessors.save(ownParent))
                .isInstanceOfSatisfying(InvalidInputException.class, Refused.onField("parentId"));
    }

    @Test
    @WithUserDetails("dpo")
    void standardClausesNeedTheirModule() {
        AgreementDetail joomag = detailOf("Bitly, Inc.");
        Agreement agreement = joomag.agreement();
        Agreement withoutModule = Agreement.withProcessor(
                agreement.id(),
                agreement.version(),
                agreement.controllerId(),
                agreement.processorId(),
                agreement.status(),
                agreement.nextReview(),
                agreement.processing(),
                agreement.document(),
                agreement.subprocessorTerms(),
                false,
                null,
                agreement.source(),
                List.of(new ProcessingLocation(null, "US", null, TransferMechanism.SCC_2021, null, null, null)));
        assertThatThrownBy(() -> agreements.save(withoutModule))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.problems())
                                .extracting(InvalidInputException.Problem::messageKey)
                                .containsExactly("location.validation.scc-module"));
    }

    @Test
    @WithUserDetails("auditor")
    void anAuditorCannotSave() {
        Agreement agreement = detailOf("Hootsuite").agreement();
        assertThatThrownBy(() -> agreements.save(agreement)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisations.save(organisation("Auditor's " + suffix(), "DE")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("manager")
    void theRecipientsOverviewExportsWhatItShows() {
        String csv = new String(
                recipients.exportCsv(new RecipientFilter(null, "CA", false, false)),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv)
                .contains(
                        "organisation,seat_country,through",
                        "Hootsuite",
                        "processor for WIBU-SYSTEMS AG",
                        "ADEQUACY_SCOPE_UNCONFIRMED")
                .doesNotContain("NO_TRANSFER_MECHANISM");
    }

    private List<AgreementRow> rows(RegisterFilter filter) {
        return agreements.findPage(filter, List.of(), 0, 1000);
    }

    private AgreementDetail detail(AgreementRow row) {
        return agreements.detail(row.id()).orElseThrow();
    }

    private AgreementDetail detailOf(String processorName) {
        long id = rows(RegisterFilter.all()).stream()
                .filter(row -> row.processorName().equals(processorName))
                .findFirst()
                .orElseThrow()
                .id();
        return agreements.detail(id).orElseThrow();
    }

    private static Agreement withReviewNote(Agreement a, String note) {
        AgreementDocument d = a.document();
        return Agreement.withProcessor(
                a.id(),
                a.version(),
                a.controllerId(),
                a.processorId(),
                a.status(),
                a.nextReview(),
                a.processing(),
                new AgreementDocument(
                        d.title(),
                        d.version(),
                        d.signedOn(),
                        d.signedBy(),
                        d.validFrom(),
                        d.validUntil(),
                        d.termAndTermination(),
                        note),
                a.subprocessorTerms(),
                a.ownPurposeUse(),
                a.ownPurposeClause(),
                a.source(),
                a.locations());
    }

    static Organisation organisation(String name, String country) {
        return Organisation.withoutSubdivision(
                null, name, null, null, null, null, country, null, null, null, false, 0, List.of());
    }

    static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
