package org.dpatracker.demo;

import java.time.LocalDate;
import java.util.List;
import org.dpatracker.organisation.Certification;
import org.dpatracker.organisation.CertificationKind;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.organisation.Organisation.Contact;

/**
 * The organisations of the demo data set, with the facts the seed documents state about them.
 * Fields the documents are silent on stay empty.
 */
final class DemoOrganisations {

    private DemoOrganisations() {}

    /** The demo installation serves an (invented) manufacturer and the two controllers of the seed documents. */
    static final Organisation DEMO_CONTROLLER =
            own("Beispiel Fertigung GmbH (demo)", "GmbH", null, null, null, "DE", null, Contact.EMPTY, Contact.EMPTY);

    static final Organisation IMST = own(
            "IMST GmbH",
            "GmbH",
            "Carl-Friedrich-Gauß-Str. 2-4",
            "47475",
            "Kamp-Lintfort",
            "DE",
            "DE-NW",
            Contact.EMPTY,
            new Contact(
                    "23-1 Service GmbH (external data protection officer)",
                    null,
                    "datenschutz@imst.com",
                    null,
                    "Moselstr. 9, 47051 Duisburg, Germany"));

    // The controller's contact as its privacy policy gives it (telephone, e-mail; fax +49-721-93172-22).
    static final Organisation WIBU = own(
            "WIBU-SYSTEMS AG",
            "AG",
            "Zimmerstrasse 5",
            "76137",
            "Karlsruhe",
            "DE",
            "DE-BW",
            new Contact(null, null, "info@wibu.com", "+49-721-93172-0", null),
            new Contact(
                    "Dr. Peer Wichmann",
                    null,
                    "dataprotection@wibu.com",
                    "+49-721-93172-0",
                    "WIBU-SYSTEMS AG, Zimmerstrasse 5, 76137 Karlsruhe, Germany"));

    static final Organisation IMK = vendor(
            "imk automotive GmbH",
            "GmbH",
            null,
            null,
            "Chemnitz",
            "DE",
            null,
            new Contact(null, null, "data-privacy@imk-ic.com", "+49 (0)371 400 97-0", "Amselgrund 30, 09128 Chemnitz"),
            List.of(certificate(CertificationKind.TISAX, "TISAX", null)));

    static final Organisation AXILARIS = vendor(
            "Axilaris GmbH",
            "GmbH",
            null,
            null,
            "Chemnitz",
            "DE",
            null,
            Contact.EMPTY,
            List.of(
                    certificate(CertificationKind.ISO_27001, "ISO/IEC 27001:2013", "TÜV Rheinland"),
                    certificate(CertificationKind.EN_50600, "EN 50600 \"Reliable Data Center\"", "TÜV Rheinland")));

    static final Organisation UBIMAX = vendor(
            "Ubimax GmbH", "GmbH", "Hoerneckestraße 25-31", "28217", "Bremen", "DE", null, Contact.EMPTY, List.of());

    static final Organisation MICROSOFT_AZURE =
            vendor("Microsoft Azure", null, null, null, null, null, null, Contact.EMPTY, List.of());

    static final Organisation EMPOLIS = vendor(
            "Empolis Information Management GmbH",
            "GmbH",
            null,
            null,
            "Kaiserslautern",
            "DE",
            "www.empolis.com",
            Contact.EMPTY,
            List.of());

    static final Organisation USERLIKE = vendor(
            "Userlike UG (haftungsbeschränkt)",
            "UG (haftungsbeschränkt)",
            "Probsteigasse 44-46",
            "50670",
            "Cologne",
            "DE",
            null,
            Contact.EMPTY,
            List.of());

    static final Organisation AWS_CLOUDFRONT = vendor(
            "Amazon Web Services (AWS CloudFront)", null, null, null, null, null, null, Contact.EMPTY, List.of());

    static final Organisation GOOGLE = vendor(
            "Google Inc.",
            "Inc.",
            "1600 Amphitheatre Parkway",
            "CA 94043",
            "Mountain View",
            "US",
            null,
            Contact.EMPTY,
            List.of());

    static final Organisation LOGMEIN = vendor(
            "LogMeIn Ireland Limited",
            "Limited",
            "Bloodstone Building Block C, 70 Sir John Rogerson's Quay",
            null,
            "Dublin 2",
            "IE",
            null,
            Contact.EMPTY,
            List.of());

    static final Organisation PODTRAC = vendor(
            "Podtrac, Inc.", "Inc.", "PO Box 30576", "VA 22310", "Alexandria", "US", null, Contact.EMPTY, List.of());

    static final Organisation SALESFORCE = vendor(
            "Salesforce.com Inc. (Pardot)",
            "Inc.",
            "The Landmark One Market Street",
            "CA 94105",
            "San Francisco",
            "US",
            null,
            Contact.EMPTY,
            List.of());

    static final Organisation USER_LOCAL = vendor(
            "User Local, Inc.",
            "Inc.",
            "4th floor, 2-11-1 Osaki, Shinagawa-ku",
            "141-0032",
            "Tokyo",
            "JP",
            null,
            Contact.EMPTY,
            List.of());

    static final Organisation BITLY = vendor(
            "Bitly, Inc.",
            "Inc.",
            "139 5th Avenue, 5th Floor",
            "NY 10010",
            "New York",
            "US",
            null,
            Contact.EMPTY,
            List.of());

    static final Organisation JOOMAG = vendor(
            "Joomag, Inc.",
            "Inc.",
            "75 E. Santa Clara St., Floor 6",
            "CA 95113",
            "San Jose",
            "US",
            null,
            Contact.EMPTY,
            List.of());

    static final Organisation HOOTSUITE =
            vendor("Hootsuite", null, "5 E 8th Ave", "BC V5T 1R6", "Vancouver", "CA", null, Contact.EMPTY, List.of());

    static final Organisation FACEBOOK = vendor(
            "Facebook Inc",
            "Inc",
            "1601 S. California Ave.",
            "California 94304",
            "Palo Alto",
            "US",
            null,
            Contact.EMPTY,
            List.of());

    static final Organisation TWITTER = vendor(
            "Twitter, Inc.",
            "Inc.",
            "1355 Market St, Suite 900",
            "California 94103",
            "San Francisco",
            "US",
            null,
            Contact.EMPTY,
            List.of());

    static final Organisation LINKEDIN = vendor(
            "LinkedIn Corporation",
            "Corporation",
            "2029 Stierlin Court",
            "California 94043",
            "Mountain View",
            "US",
            null,
            Contact.EMPTY,
            List.of());

    static final Organisation SMUGMUG = vendor(
            "SmugMug, Inc. (Flickr)",
            "Inc.",
            "3347 Shady Spring Lane",
            "CA 94040",
            "Mountain View",
            "US",
            null,
            Contact.EMPTY,
            List.of());

    private static Organisation own(
            String name,
            String legalForm,
            String street,
            String postalCode,
            String city,
            String country,
            String subdivision,
            Contact contact,
            Contact dpo) {
        return new Organisation(
                null,
                name,
                legalForm,
                street,
                postalCode,
                city,
                country,
                null,
                contact,
                dpo,
                true,
                0,
                List.of(),
                subdivision);
    }

    private static Organisation vendor(
            String name,
            String legalForm,
            String street,
            String postalCode,
            String city,
            String country,
            String website,
            Contact dpo,
            List<Certification> certifications) {
        return Organisation.withoutSubdivision(
                null,
                name,
                legalForm,
                street,
                postalCode,
                city,
                country,
                website,
                Contact.EMPTY,
                dpo,
                false,
                0,
                certifications);
    }

    private static Certification certificate(CertificationKind kind, String label, String issuer) {
        LocalDate validUntil = null;
        return new Certification(null, kind, label, issuer, validUntil, null);
    }
}
