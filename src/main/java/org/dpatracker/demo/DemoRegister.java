package org.dpatracker.demo;

import static org.dpatracker.demo.DemoOrganisations.AWS_CLOUDFRONT;
import static org.dpatracker.demo.DemoOrganisations.AXILARIS;
import static org.dpatracker.demo.DemoOrganisations.BITLY;
import static org.dpatracker.demo.DemoOrganisations.DEMO_CONTROLLER;
import static org.dpatracker.demo.DemoOrganisations.EMPOLIS;
import static org.dpatracker.demo.DemoOrganisations.FACEBOOK;
import static org.dpatracker.demo.DemoOrganisations.GOOGLE;
import static org.dpatracker.demo.DemoOrganisations.HOOTSUITE;
import static org.dpatracker.demo.DemoOrganisations.IMK;
import static org.dpatracker.demo.DemoOrganisations.IMST;
import static org.dpatracker.demo.DemoOrganisations.JOOMAG;
import static org.dpatracker.demo.DemoOrganisations.LINKEDIN;
import static org.dpatracker.demo.DemoOrganisations.LOGMEIN;
import static org.dpatracker.demo.DemoOrganisations.MICROSOFT_AZURE;
import static org.dpatracker.demo.DemoOrganisations.PODTRAC;
import static org.dpatracker.demo.DemoOrganisations.SALESFORCE;
import static org.dpatracker.demo.DemoOrganisations.SMUGMUG;
import static org.dpatracker.demo.DemoOrganisations.TWITTER;
import static org.dpatracker.demo.DemoOrganisations.UBIMAX;
import static org.dpatracker.demo.DemoOrganisations.USERLIKE;
import static org.dpatracker.demo.DemoOrganisations.USER_LOCAL;
import static org.dpatracker.demo.DemoOrganisations.WIBU;
import static org.dpatracker.processor.ProcessingLocation.in;
import static org.dpatracker.processor.ProcessingLocation.transfer;
import static org.dpatracker.transfer.TransferMechanism.ADEQUACY;
import static org.dpatracker.transfer.TransferMechanism.NONE;
import static org.dpatracker.transfer.TransferMechanism.PRIVACY_SHIELD;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementDocument;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.AgreementStatus;
import org.dpatracker.processor.ApprovalState;
import org.dpatracker.processor.Authorisation;
import org.dpatracker.processor.JointArrangement;
import org.dpatracker.processor.ProcessingDescription;
import org.dpatracker.processor.ProcessingLocation;
import org.dpatracker.processor.Relationship;
import org.dpatracker.processor.Subprocessor;
import org.dpatracker.processor.SubprocessorService;
import org.dpatracker.processor.SubprocessorTerms;
import org.springframework.stereotype.Component;

/**
 * The register part of the demo data set: the five seed documents' vendors, their subprocessors and
 * locations, as the documents state them. Where a document is silent the field stays empty; agreements
 * the documents do not mention are recorded as drafts.
 */
@Component
class DemoRegister {

    /** Who does what with a social plug-in, as WIBU's policy describes it. */
    private static final String PLUGIN_RESPONSIBILITIES = "WIBU: embedding the plug-in and transmitting the page access"
            + " when the visitor activates the button (jointly responsible for collection and transmission, CJEU "
            + "C-40/17"
            + " Fashion ID). The provider: its own further processing (user profiles for advertising, market "
            + "research and"
            + " demand-oriented design of its website), for which it alone is responsible.";

    private static final String SEED_IMK =
            "imk automotive: Data protection and data security for axilaris Collaboration Hub";
    private static final String SEED_IMST = "IMST GmbH: privacy policy of the website";
    private static final String SEED_UBIMAX =
            "Ubimax: GTC Augmented Automation (SaaS), Annex: Data Processing Agreement (Art. 28 GDPR)";
    private static final String SEED_EMPOLIS = "Empolis: GTC for Empolis Industrial Knowledge";
    private static final String SEED_WIBU = "WIBU-SYSTEMS AG: privacy policy of the website";

    private final OrganisationService organisations;
    private final AgreementService agreements;
    private final SubprocessorService subprocessors;

    DemoRegister(OrganisationService organisations, AgreementService agreements, SubprocessorService subprocessors) {
        this.organisations = organisations;
        this.agreements = agreements;
        this.subprocessors = subprocessors;
    }

    DemoAgreements load() {
        long demo = id(DEMO_CONTROLLER);
        long imst = id(IMST);
        long wibu = id(WIBU);

        Agreement imk = agreement(
                demo,
                id(IMK),
                AgreementStatus.SIGNED,
                SEED_IMK,
                new ProcessingDescription(
                        "ema Software Suite as an online service (\"ema in axilaris Collaboration Hub\"), with "
                                + "support and the ema licensing service",
                        "Virtual desktop with the ema Software Suite, file storage, support, licensing service",
                        "Hosting of the ema applications, results, project files and the productive ema Plant "
                                + "Designer database in a virtual desktop; support; licence management; logging",
                        "Fulfilment of the contractually agreed online service and billing; support in the event of "
                                + "technical problems",
                        "Contact persons of the customer; users of the online service",
                        "Invoice data; contact details of the contact person (surname, first name, title, "
                                + "professional e-mail address, telephone number, company address, position and "
                                + "department in the company); contact details of users in case of support; "
                                + "technical data of users in log files: version and name of the internet browser "
                                + "at login/logout, time of login/logout, time of starting and ending the "
                                + "use of the ema product family, IP address, host name and MAC address of "
                                + "the connecting client, user name",
                        Set.of(),
                        null,
                        null),
                new AgreementDocument(
                        "Order processing addendum to the main contract", null, null, null, null, null, null, null),
                new SubprocessorTerms(
                        null,
                        null,
                        null,
                        "imk automotive GmbH is responsible for the secure operation of the service; Axilaris GmbH "
                                + "provides the Virtual Desktop Interface (VDI), bound by imk to at least the "
                                + "security level of the order processing addendum. "
                                + "Support is provided directly by imk automotive GmbH: support contact details are "
                                + "not passed on to subcontractors."),
                false,
                null,
                List.of());
        Subprocessor axilaris = subprocessor(
                imk,
                AXILARIS,
                "Provides the Virtual Desktop Interface (VDI): the axilaris Collaboration Hub, in which the ema "
                        + "Software Suite, the licensing service, results, project files and databases are operated "
                        + "and stored, with daily backups",
                ApprovalState.AUTHORISED,
                List.of(in("DE", "axilaris Collaboration Hub (Axilaris GmbH, Chemnitz)")));

        Agreement ubimax = agreement(
                demo,
                id(UBIMAX),
                AgreementStatus.SIGNED,
                SEED_UBIMAX,
                new ProcessingDescription(
                        "Augmented Automation services: use of the Augmented Portal Software and the Augmented "
                                + "Applications via data telecommunication (software as a service)",
                        "Augmented Portal Software, Augmented Applications, \"Augmented Support\" service",
                        "Storage of personal data on the servers operated by the licensor within the intended use "
                                + "of the software; hosting and operation of the software",
                        "Provision of the Augmented Automation services under the main contract",
                        "The licensee, its customers and, where applicable, the employees of the licensee and its "
                                + "customers",
                        "Access data, name, e-mail address and activity log of the \"Augmented Support\" service, "
                                + "hardware-related information, contents of video recordings and image data "
                                + "uploaded to the Ubimax Portal by the licensee",
                        Set.of(),
                        null,
                        "Term of the main contract"),
                new AgreementDocument(
                        "Annex: Data Processing Agreement in accordance with Art. 28 GDPR (to the General Terms and "
                                + "Conditions Augmented Automation (SaaS))",
                        null,
                        null,
                        null,
                        null,
                        null,
                        "Term and termination follow the main contract; termination of the main contract "
                                + "automatically terminates this annex. The right to extraordinary termination "
                                + "remains unaffected.",
                        null),
                // Clause 10(1)-(2): prior written consent for each subcontractor, refused only for important
                // reasons, deemed given without an objection within 14 days of notification.
                new SubprocessorTerms(
                        Authorisation.SPECIFIC_WITH_DEEMED_CONSENT,
                        null,
                        14,
                        "Microsoft Azure (data center operator) hosts and operates the software and stores the "
                                + "personal data (clause 3(3)). "
                                + "The subcontractors deemed approved on signature are listed in \"Annex 2\" "
                                + "(clause 10(2)), which the published terms do not contain: the list is not "
                                + "on file."),
                false,
                null,
                List.of(in("EU", "Exclusively in EU member states or EEA states (clause 1(6))")));
        Subprocessor azure = subprocessor(
                ubimax,
                MICROSOFT_AZURE,
                "Data center operator: the software is hosted and operated and the personal data stored on a "
                        + "Microsoft Azure server in Europe",
                ApprovalState.AUTHORISED,
                List.of(in("EU", "Microsoft Azure server in Europe")));

        Agreement empolis = agreement(
                demo,
                id(EMPOLIS),
                AgreementStatus.DRAFT,
                SEED_EMPOLIS,
                new ProcessingDescription(
                        "Rental of the Empolis Industrial Knowledge software for use via the Internet, with storage "
                                + "space for user data",
                        "Empolis Industrial Knowledge (software as a service), Empolis-Box",
                        "Hosting and operation of the software with storage space for user data (GTC §2(1)); backup "
                                + "copies, snapshots, versions and replication of the stored data (GTC §5); use of "
                                + "the stored data to test new versions and train the software (GTC §3(2))",
                        "Provision and operation of the software",
                        null,
                        null,
                        Set.of(),
                        null,
                        "Fixed term of one year, extended by one year unless terminated with three months' notice"),
                new AgreementDocument(
                        "General Terms and Conditions (GTC) for Empolis Industrial Knowledge; Empolis offers its "
                                + "Art. 28 contract for order processing on request (GTC §19)",
                        null,
                        null,
                        null,
                        null,
                        null,
                        "Fixed term of one year; termination with three months' notice to the end of the term, "
                                + "otherwise extended by one year; termination for good cause unaffected",
                        null),
                SubprocessorTerms.UNRECORDED,
                true,
                "GTC §3(2): Empolis may use the data stored by the customer for quality assurance of new versions "
                        + "(e.g. test runs) and to train the software to provide new functionalities",
                List.of(
                        in("EU", "Servers located within the European Union (GTC §2(3))"),
                        in("EU", "Second data centre within the European Union: continuous replication (GTC §5(2))")));

        Agreement userlike = agreement(
                imst,
                id(USERLIKE),
                AgreementStatus.DRAFT,
                SEED_IMST,
                new ProcessingDescription(
                        "Chat software on the websites www.imst.de and www.imst.com",
                        "Website chat (Userlike)",
                        "Collection of chat data when a chat is started; storage of the chat history",
                        "Quick and efficient contact with IMST employees and better customer service; security of "
                                + "the information technology systems",
                        "Website visitors who start a chat",
                        "Date and time of access, browser type/version, IP address, operating system used and, if "
                                + "given, first name, surname and e-mail address; further personal data entered in "
                                + "the chat",
                        Set.of(),
                        null,
                        null),
                AgreementDocument.EMPTY,
                SubprocessorTerms.UNRECORDED,
                false,
                null,
                List.of());
        // The policy names no location for Userlike itself (its seat is no processing location); the widget
        // comes from AWS CloudFront, Amazon's content delivery network operated from the United States.
        subprocessor(
                userlike,
                AWS_CLOUDFRONT,
                "Delivers the chat widget (a JavaScript file) to the visitors of www.imst.de and www.imst.com",
                ApprovalState.PENDING,
                List.of(in("US", "AWS CloudFront (Amazon Web Services, Inc.)")));

        Agreement analytics = agreement(
                imst,
                id(GOOGLE),
                AgreementStatus.DRAFT,
                SEED_IMST,
                new ProcessingDescription(
                        "Web analytics with Google Analytics for the IMST website",
                        "Google Analytics",
                        "Cookies; transmission and storage of the usage information on Google servers in the United "
                                + "States; reports",
                        "Evaluate the use of the website, compile reports on website activity, assess the "
                                + "effectiveness of marketing and sales campaigns",
                        "Website visitors",
                        "Information generated by the cookie about the use of the website, including the IP address",
                        Set.of(),
                        null,
                        null),
                AgreementDocument.EMPTY,
                SubprocessorTerms.UNRECORDED,
                false,
                null,
                List.of(transfer("US", "Google servers in the United States", NONE, null)));

        Agreement logMeIn = wibu(
                wibu,
                LOGMEIN,
                AgreementStatus.SIGNED,
                "Webinars with \"GoToWebinar\"",
                "Webinar registration and participation",
                "Webinar participants",
                null,
                List.of(in("IE", "Dublin")));
        Agreement podtrac = wibu(
                wibu,
                PODTRAC,
                AgreementStatus.DRAFT,
                "Podcast services",
                "Monitor and improve the quality and reach of the podcasts",
                "Podcast listeners",
                "IP address, time of retrieval, retrieved medium, several parameters from the HTTP header",
                List.of(transfer("US", null, NONE, null)));
        wibu(
                wibu,
                SALESFORCE,
                AgreementStatus.DRAFT,
                "Pardot on the US website",
                "Analysis of the use of the website",
                "Visitors of the US website",
                "Generated identification number in the \"Visitor\", \"Opt-In\" and \"Pardot App Session\" cookies",
                List.of(transfer("US", null, NONE, null)));
        wibu(
                wibu,
                USER_LOCAL,
                AgreementStatus.DRAFT,
                "User Insight access analysis for the website for the Japanese market",
                "Monitor the site, analyse how it is used and improve the user experience",
                "Visitors of the Japanese website",
                "Cookie with a time stamp; access information (web address, user agent, etc.)",
                List.of(transfer("JP", "User Local's server in Japan", ADEQUACY, null)));
        Agreement recaptcha = wibu(
                wibu,
                GOOGLE,
                AgreementStatus.DRAFT,
                "Invisible reCAPTCHA",
                "Distinguish human input from automated abuse (reCAPTCHA)",
                "Website visitors",
                "IP address (shortened within the EU/EEA; the full address only in exceptional cases in the USA) "
                        + "and other data required for the reCAPTCHA service",
                List.of(transfer("US", "Google servers in the USA", PRIVACY_SHIELD, null)));
        // "The data for this service is not collected by us or in our responsibility, but directly by Google."
        recipient(
                wibu,
                GOOGLE,
                Relationship.INDEPENDENT_CONTROLLER,
                "Google Search Console",
                "Analyse the use of the website and improve its usability",
                "Website visitors",
                "Usage data of WIBU's domains, collected by Google",
                List.of(),
                JointArrangement.EMPTY);
        Agreement bitly = wibu(
                wibu,
                BITLY,
                AgreementStatus.DRAFT,
                "URL shortening service (Bitly links)",
                "Anonymous performance monitoring of links",
                "People who click Bitly links",
                "Link queries and clicks; cookies tracking the origin of clicks",
                List.of(transfer("US", null, PRIVACY_SHIELD, null)));
        Agreement joomag = wibu(
                wibu,
                JOOMAG,
                AgreementStatus.DRAFT,
                "Flipping books produced with Joomag",
                "Provision of flipping books",
                "Readers of the flipping books",
                "Usage data and browser parameters",
                List.of(transfer("US", null, NONE, null)));
        Agreement hootsuite = wibu(
                wibu,
                HOOTSUITE,
                AgreementStatus.DRAFT,
                "Social media management software \"Hootsuite\"",
                "Managing several social media accounts; monitoring relevant discussions about the company, brands, "
                        + "products and services",
                "Social media users",
                "Data provided by social media providers, primarily publicly accessible profile data",
                List.of(transfer("CA", null, ADEQUACY, null)));
        // Social plug-ins: WIBU and each provider decide jointly on the collection and transmission when a
        // visitor activates the button (Art. 26 GDPR, CJEU C-40/17 Fashion ID); the provider alone on its
        // user profiles. The policy mentions no arrangement, so none is recorded as concluded.
        List<Agreement> plugins = new ArrayList<>();
        for (Organisation plugin : List.of(FACEBOOK, TWITTER, LINKEDIN)) {
            plugins.add(plugin(
                    wibu,
                    plugin,
                    "Social media plug-in (Shariff solution)",
                    List.of(transfer("US", null, PRIVACY_SHIELD, null))));
        }
        plugins.add(plugin(
                wibu,
                SMUGMUG,
                "Social media plug-in Flickr (Shariff solution)",
                List.of(transfer("US", null, NONE, null))));
        plugins.add(plugin(
                wibu,
                GOOGLE,
                "Social media plug-in YouTube (Shariff solution)",
                List.of(transfer("US", null, NONE, null))));
        return new DemoAgreements(
                imk,
                axilaris,
                ubimax,
                azure,
                empolis,
                userlike,
                logMeIn,
                analytics,
                podtrac,
                recaptcha,
                bitly,
                joomag,
                hootsuite,
                List.copyOf(plugins));
    }

    private Agreement wibu(
            long controller,
            Organisation processor,
            AgreementStatus status,
            String subject,
            String purposes,
            String dataSubjects,
            String personalData,
            List<ProcessingLocation> locations) {
        return agreement(
                controller,
                id(processor),
                status,
                SEED_WIBU,
                new ProcessingDescription(
                        subject, null, null, purposes, dataSubjects, personalData, Set.of(), null, null),
                AgreementDocument.EMPTY,
                SubprocessorTerms.UNRECORDED,
                false,
                null,
                locations);
    }

    private Agreement plugin(
            long controller, Organisation provider, String subject, List<ProcessingLocation> locations) {
        return recipient(
                controller,
                provider,
                Relationship.JOINT_CONTROLLER,
                subject,
                "Communication with the plug-in provider when the visitor activates the button",
                "Website visitors who activate the plug-in",
                "Information that the visitor accessed the page; the data specified in section 2 of the privacy policy",
                locations,
                new JointArrangement(PLUGIN_RESPONSIBILITIES, null, null));
    }

    private Agreement recipient(
            long controller,
            Organisation recipient,
            Relationship relationship,
            String subject,
            String purposes,
            String dataSubjects,
            String personalData,
            List<ProcessingLocation> locations,
            JointArrangement arrangement) {
        return agreements.save(new Agreement(
                null,
                0,
                controller,
                id(recipient),
                AgreementStatus.DRAFT,
                null,
                new ProcessingDescription(
                        subject, null, null, purposes, dataSubjects, personalData, Set.of(), null, null),
                AgreementDocument.EMPTY,
                SubprocessorTerms.UNRECORDED,
                false,
                null,
                SEED_WIBU,
                locations,
                relationship,
                arrangement));
    }

    private Agreement agreement(
            long controller,
            long processor,
            AgreementStatus status,
            String source,
            ProcessingDescription processing,
            AgreementDocument document,
            SubprocessorTerms terms,
            boolean ownPurposes,
            String ownPurposeClause,
            List<ProcessingLocation> locations) {
        return agreements.save(Agreement.withProcessor(
                null,
                0,
                controller,
                processor,
                status,
                null,
                processing,
                document,
                terms,
                ownPurposes,
                ownPurposeClause,
                source,
                locations));
    }

    private Subprocessor subprocessor(
            Agreement agreement,
            Organisation organisation,
            String service,
            ApprovalState approval,
            List<ProcessingLocation> locations) {
        return subprocessors.save(new Subprocessor(
                null, 0, agreement.id(), null, id(organisation), service, false, null, approval, locations));
    }

    private long id(Organisation organisation) {
        return organisations.findOrCreate(organisation).id();
    }
}
