package org.dpatracker.demo;

import static org.dpatracker.tom.EvidenceKind.CERTIFICATE;
import static org.dpatracker.tom.EvidenceKind.DOCUMENT;
import static org.dpatracker.tom.MeasureStatus.IMPLEMENTED;
import static org.dpatracker.tom.MeasureStatus.PARTLY;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.Subprocessor;
import org.dpatracker.tom.EvidenceKind;
import org.dpatracker.tom.MeasureStatus;
import org.dpatracker.tom.TomCatalogue;
import org.dpatracker.tom.TomCatalogueService;
import org.dpatracker.tom.TomChecklist;
import org.dpatracker.tom.TomChecklistService;
import org.dpatracker.tom.TomEntry;
import org.dpatracker.tom.TomMeasure;
import org.springframework.stereotype.Component;

/**
 * The measures the seed documents state. Ubimax's appendix "Overview of Technical and Organisational
 * Measures" lists every measure twice, "taken by licensor" and "taken by data center": both columns
 * go in word for word, in the German control structure the appendix follows. imk's page states the
 * measures of imk and of its subprocessor Axilaris; they go into the Annex III measure types.
 * Measures a document does not mention stay "not assessed".
 */
@Component
class DemoMeasures {

    private static final String APPENDIX = "Appendix to the DPA: Overview of Technical and Organisational Measures, ";
    private static final String IMK_PAGE = "imk: \"Data protection and data security for axilaris Collaboration Hub\"";

    private final TomCatalogueService catalogues;
    private final TomChecklistService checklists;

    DemoMeasures(TomCatalogueService catalogues, TomChecklistService checklists) {
        this.catalogues = catalogues;
        this.checklists = checklists;
    }

    void load(DemoAgreements seeds) {
        ubimax(seeds.ubimax(), seeds.azure());
        imk(seeds.imk(), seeds.axilaris());
        empolis(seeds.empolis());
    }

    private void ubimax(Agreement ubimax, Subprocessor azure) {
        Checklist licensor = start("DE_TOM", ubimax, null);
        licensor.set("DE-C-PHYSICAL", IMPLEMENTED, """
                Determination of the persons entitled to access
                Access regulations for external persons
                Use of an access control system, key regulation and current key list
                Security also outside working hours by alarm system""", DOCUMENT, APPENDIX + "I.1 Entrance control");
        licensor.set("DE-C-SYSTEM", IMPLEMENTED, """
                Determination of the persons entitled to use the building
                Identification and authentication of users
                Encryption of the data to be transmitted
                Logging of users and their activities
                Access data to systems via certificates and passwords
                access data are changed at regular intervals""", DOCUMENT, APPENDIX + "I.2 Admission control");
        licensor.set("DE-C-DATA", IMPLEMENTED, """
                Identification and authentication of users
                Central allocation office for user rights
                Introduction of measures restricting access (read-only)
                Automatic check of authorizations
                Access data to systems via certificates and passwords
                access data are changed at regular intervals""", DOCUMENT, APPENDIX + "I.3 Access control");
        licensor.set("DE-C-SEPARATION", IMPLEMENTED, """
                Data storage is provided with the purpose of data collection (by file name)
                Client separation – Logical separation of data (through different file directories)
                Client separation at user administration level""", DOCUMENT, APPENDIX + "I.4 Separation control");
        licensor.set("DE-I-TRANSFER", IMPLEMENTED, """
                Encryption of data
                Checking all data and data carriers for viruses
                Logging of data transmission
                Duplication of the data carriers
                Use of a VPN
                Remote maintenance concept""", DOCUMENT, APPENDIX + "II.1 Handover control");
        licensor.set("DE-I-INPUT", IMPLEMENTED, """
                Definition of input powers
                Logging of entries, changes and deletions""", DOCUMENT, APPENDIX + "II.2 Input control");
        licensor.set(
                "DE-A-AVAILABILITY",
                IMPLEMENTED,
                """
                Object security, especially of server rooms
                Air conditioning
                Virus protection concept
                Fire detector""",
                DOCUMENT,
                APPENDIX + "III Availability, resilience and rapid recoverability");
        licensor.set(
                "DE-A-RECOVERY",
                IMPLEMENTED,
                """
                Backup systems for the recovery of lost data""",
                DOCUMENT,
                APPENDIX + "III Availability, resilience and rapid recoverability");
        licensor.set("DE-R-ORDER", IMPLEMENTED, """
                delimitation of competences and duties between licensor and licensee
                Clear drafting and execution of contracts
                formalization of order placement
                Sanctions for breach of contract""", DOCUMENT, APPENDIX + "IV.1 Order control");
        licensor.set(
                "DE-R-MANAGEMENT",
                IMPLEMENTED,
                """
                data protection officer regularly carries out audits and/or spot checks""",
                DOCUMENT,
                APPENDIX + "IV.2 External tests, audits, certifications");

        Checklist dataCentre = start("DE_TOM", ubimax, azure);
        dataCentre.set("DE-C-PHYSICAL", IMPLEMENTED, """
                Determination of the persons entitled to access
                Closed shop operation (only authorized persons have access)
                Revision capability of access authorizations
                Creation of security zones
                Threat analysis
                Identification by means of ID cards
                Use of an access control system, key regulation and current key list
                Access regulations for external persons
                Measures to secure the inner and outer skin
                Logging of inflows and outflows
                Reception / Doorman
                Security also outside working hours by alarm system""", DOCUMENT, APPENDIX + "I.1 Entrance control");
        dataCentre.set("DE-C-SYSTEM", IMPLEMENTED, """
                Determination of the persons entitled to use the building
                Identification and authentication of users
                Encryption of the data to be transmitted
                Logging of users and their activities
                Password policy
                regulations on telework""", DOCUMENT, APPENDIX + "I.2 Admission control");
        dataCentre.set("DE-C-DATA", IMPLEMENTED, """
                Creation of revisable user profiles
                Identification and authentication of users
                Automatic check of authorizations
                Introduction of measures restricting access (read-only)
                Temporal limitation of access options
                Restriction of the free query options of databases
                User-related logging
                Use of encryption methods
                Central allocation office for user rights
                Intrusion detection system""", DOCUMENT, APPENDIX + "I.3 Access control");
        dataCentre.set("DE-C-SEPARATION", IMPLEMENTED, """
                Client separation – Logical separation of data (different file directories)
                Use of encryption
                Execution and documentation of the separation of functions
                Implementation of an internal control system""", DOCUMENT, APPENDIX + "I.4 Separation control");
        dataCentre.set("DE-I-TRANSFER", IMPLEMENTED, """
                Logging of data transmission
                Evaluation options for the transmission logs in order to be able to determine the recipients or \
                callers in a targeted manner
                determination of the persons entitled to transfer or transport
                Duplication of the data carriers
                Encryption of data
                Checking all data and data carriers for viruses
                completeness and accuracy check (after transmission)
                Remote maintenance concept
                Use of a VPN""", DOCUMENT, APPENDIX + "II.1 Handover control");
        dataCentre.set("DE-I-INPUT", IMPLEMENTED, """
                Definition of input powers
                Logging of entries, changes and deletions
                Storage of the initiator
                Complete process logging for each individual case""", DOCUMENT, APPENDIX + "II.2 Input control");
        dataCentre.set(
                "DE-A-AVAILABILITY",
                IMPLEMENTED,
                """
                UPS (uninterruptible power supply)
                Redundant line supply
                emergency power generator
                Fire detector
                fire protection and disaster regulations
                Object security, especially of server rooms
                Virus protection concept
                Air conditioning
                Geo-redundancy on server and application level""",
                DOCUMENT,
                APPENDIX + "III Availability, resilience and rapid recoverability");
        dataCentre.set(
                "DE-A-RECOVERY",
                IMPLEMENTED,
                """
                Backup systems for the recovery of lost data
                Testing the recovery
                Emergency concept with restart plan
                Documented data backup concept
                Central data backup
                Spatially separate storage of the data backups created""",
                DOCUMENT,
                APPENDIX + "III Availability, resilience and rapid recoverability");
        dataCentre.set("DE-R-ORDER", IMPLEMENTED, """
                Clear drafting and execution of contracts
                delimitation of competences and duties between licensor and licensee
                Careful selection of the licensor
                formalization of order placement
                Logging and control of the proper execution of the contract
                Sanctions for breach of contract""", DOCUMENT, APPENDIX + "IV.1 Order control");
        dataCentre.set(
                "DE-R-MANAGEMENT",
                IMPLEMENTED,
                """
                Certification according to ISO 27001 or comparable standard""",
                CERTIFICATE,
                "ISO 27001 or comparable standard (" + APPENDIX + "IV.2)");
    }

    private void imk(Agreement imk, Subprocessor axilaris) {
        Checklist processor = start("EU_ANNEX_III", imk, null);
        processor.set("A3-01", IMPLEMENTED, """
                Reports and log files are pseudonymised: IP addresses and user names are only readable in modified form
                Data storage of the licensing service takes place in encrypted form""", DOCUMENT, IMK_PAGE);
        processor.set("A3-06", IMPLEMENTED, """
                The transmission of the customer's information is encrypted
                Transfers between the ema software components and the licensing service are \
                encrypted""", DOCUMENT, IMK_PAGE);
        processor.set("A3-09", IMPLEMENTED, """
                Technical user data (browser, login/logout times, IP address, host name, MAC address, user name) are \
                stored in log files for support and billing; reports and log files are \
                pseudonymised""", DOCUMENT, IMK_PAGE);
        processor.set("A3-12", IMPLEMENTED, """
                imk automotive GmbH is certified according to TISAX; the status can be viewed in the ENX TISAX \
                portal""", CERTIFICATE, "TISAX (ENX portal)");

        Checklist hub = start("EU_ANNEX_III", imk, axilaris);
        hub.set("A3-02", IMPLEMENTED, """
                The virtual desktop is protected by a multi-level firewall concept
                Information security management system (ISMS) certified according to ISO 27001
                No unauthorised access to customer data by axilaris GmbH or imk automotive GmbH""", DOCUMENT, IMK_PAGE);
        hub.set("A3-03", IMPLEMENTED, """
                A data backup is automatically performed daily and kept for 30 days""", DOCUMENT, IMK_PAGE);
        hub.set("A3-07", IMPLEMENTED, """
                Customer data is strictly separated from the data of other customers
                Customer data never leaves the axilaris Collaboration Hub""", DOCUMENT, IMK_PAGE);
        hub.set("A3-08", IMPLEMENTED, """
                Data centres certified according to EN 50600 "Reliable Data Center" for high availability and \
                operational reliability by TÜV Rheinland""", CERTIFICATE, "EN 50600 (TÜV Rheinland)");
        hub.set("A3-10", IMPLEMENTED, """
                The systems are subject to axilaris GmbH's regular vulnerability and patch management process; \
                security gaps are closed within a reasonable period in accordance with ISO \
                27001""", DOCUMENT, IMK_PAGE);
        hub.set("A3-12", IMPLEMENTED, """
                Certified according to ISO 27001:2013 and EN 50600 by TÜV Rheinland; subject to the rules of the \
                financial industry""", CERTIFICATE, "ISO 27001:2013 and EN 50600 (TÜV Rheinland)");
        hub.set("A3-17", IMPLEMENTED, """
                Data medium changes and disposals are carried out in accordance with a certified procedure
                Customer information is deleted when the online contract expires; backups are kept for 30 more \
                days""", DOCUMENT, IMK_PAGE);
    }

    /** Empolis' GTC §2(3)–(5) and §5: the measures its terms state; the Art. 28 contract itself is not on file. */
    private void empolis(Agreement empolis) {
        String gtc = "Empolis GTC for Empolis Industrial Knowledge, ";
        Checklist processor = start("EU_ANNEX_III", empolis, null);
        processor.set("A3-02", PARTLY, """
                The software and the servers used are protected against unauthorized access, data loss and the spying \
                out of data at least in accordance with the usual security precautions for such offers (the terms name \
                no concrete measure)""", DOCUMENT, gtc + "§2(3)");
        processor.set("A3-03", IMPLEMENTED, """
                Data stored by the customer is backed up every calendar day between 22:00 and 04:00 (UTC); Empolis-Box \
                data can be restored up to 60 days after deletion
                Daily snapshots of the data indexing systems, each kept for 30 days; versioning keeps the older \
                version of changed or deleted documents for 60 days
                Automatic continuous replication to a second data centre within the European \
                Union""", DOCUMENT, gtc + "§5(1)–(2)");
        processor.set("A3-05", IMPLEMENTED, """
                Empolis provides the user name and password of the first user; the customer must change the password \
                immediately to one known only to him
                This first administrator account sets up the software and creates further \
                users""", DOCUMENT, gtc + "§2(5)");
        processor.set("A3-07", IMPLEMENTED, """
                Several instances of the software run on one server only if the data stocks of the customers are \
                separated; no claim to a server for the customer's sole use""", DOCUMENT, gtc + "§2(4)");
    }

    private Checklist start(String catalogueCode, Agreement agreement, Subprocessor party) {
        TomCatalogue catalogue = catalogues.findAll().stream()
                .filter(c -> c.code().equals(catalogueCode))
                .findFirst()
                .orElseThrow();
        TomChecklist checklist = checklists.start(agreement.id(), party == null ? null : party.id(), catalogue.id());
        return new Checklist(
                checklist,
                catalogue.measures().stream().collect(Collectors.toMap(TomMeasure::code, Function.identity())));
    }

    /** A started checklist being filled in, measure by measure. */
    private final class Checklist {
        private final Map<Long, TomEntry> entries;
        private final Map<String, TomMeasure> measures;

        Checklist(TomChecklist checklist, Map<String, TomMeasure> measures) {
            this.entries =
                    checklist.entries().stream().collect(Collectors.toMap(TomEntry::measureId, Function.identity()));
            this.measures = measures;
        }

        void set(String code, MeasureStatus status, String description, EvidenceKind evidenceKind, String evidence) {
            TomEntry entry = entries.get(measures.get(code).id());
            checklists.saveEntry(new TomEntry(
                    entry.id(),
                    entry.version(),
                    entry.checklistId(),
                    entry.measureId(),
                    status,
                    description,
                    evidenceKind,
                    evidence,
                    null,
                    null));
        }
    }
}
