package org.dpatracker.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dpatracker.core.Dates;
import org.dpatracker.core.Texts;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.transfer.Countries;

/**
 * The record's fields as label–value lines in one language, shared by the PDF and the XLSX export,
 * so both carry exactly the same facts. Unrecorded values read "not recorded".
 */
final class RecordTexts {

    private final Locale locale;

    RecordTexts(Locale locale) {
        this.locale = locale;
    }

    String t(String key, Object... arguments) {
        return Texts.get(locale, key, arguments);
    }

    /** Every field of the activity, in the order of Art. 30(1) or 30(2). */
    List<String[]> fields(RecordDetail view) {
        ProcessingActivity a = view.activity();
        List<String[]> fields = new java.util.ArrayList<>();
        fields.add(pair("record.role", t("record.role." + a.role().name())));
        fields.add(pair("record.controller", party(view.controller())));
        fields.add(pair(
                "record.served-controller",
                a.role() == RecordRole.CONTROLLER
                        ? t("record.not-applicable")
                        : view.servedController() == null ? t("annex.not-recorded") : party(view.servedController())));
        fields.add(pair("record.joint-controllers", or(a.jointControllers())));
        fields.add(pair("record.representative", or(a.representative())));
        fields.add(pair("record.dpo", dpo(view.controller())));
        fields.add(pair("record.purposes", a.purposes()));
        fields.add(pair("record.legal-bases", legalBases(a)));
        fields.add(pair(
                "record.art9",
                a.art9Conditions().isEmpty()
                        ? t("annex.not-recorded")
                        : a.art9Conditions().stream()
                                .sorted()
                                .map(c -> t("art9." + c.name()))
                                .collect(Collectors.joining("; "))));
        fields.add(pair(
                "record.special-categories",
                a.specialCategories().isEmpty()
                        ? t("annex.none-recorded")
                        : a.specialCategories().stream()
                                .sorted()
                                .map(c -> t("special." + c.name()))
                                .collect(Collectors.joining("; "))));
        fields.add(pair("record.data-subjects", or(a.dataSubjects())));
        fields.add(pair("record.personal-data", or(a.personalData())));
        fields.add(pair("record.recipients", recipients(view)));
        fields.add(pair("record.other-recipients", or(a.otherRecipients())));
        fields.add(pair("record.transfers", transfers(view)));
        fields.add(pair("record.art49", or(a.art49Documentation())));
        fields.add(pair("record.erasure", erasure(view)));
        fields.add(pair("record.security", security(view)));
        fields.add(pair(
                "record.dpia",
                a.dpia() == null
                        ? t("annex.not-recorded")
                        : t("record.dpia." + a.dpia().name())
                                + (a.dpiaReference() == null ? "" : " – " + a.dpiaReference())));
        fields.add(pair("record.department", or(a.department())));
        fields.add(pair(
                "record.status",
                t("record.status." + a.status().name())
                        + (a.approvedBy() == null
                                ? ""
                                : " – " + t("record.approved-line", date(a.approvedOn()), a.approvedBy()))));
        fields.add(pair("record.review-due", date(a.reviewDue())));
        fields.add(pair("record.source", or(a.source())));
        return fields;
    }

    String legalBases(ProcessingActivity a) {
        String bases = a.legalBases().isEmpty()
                ? t("annex.not-recorded")
                : a.legalBases().stream()
                        .sorted()
                        .map(b -> t("legal-basis." + b.name()))
                        .collect(Collectors.joining("; "));
        return a.legalBasisNote() == null ? bases : bases + " – " + a.legalBasisNote();
    }

    String recipients(RecordDetail view) {
        if (view.recipients().isEmpty()) {
            return t("record.no-linked-recipients");
        }
        return view.recipients().stream()
                .map(r -> (r.subprocessor()
                                ? t("record.subprocessor-of", r.name(), r.engagedBy())
                                : t("record.processor-line", r.name()))
                        + (r.countries().isEmpty()
                                ? ""
                                : " – "
                                        + r.countries().stream()
                                                .map(this::country)
                                                .collect(Collectors.joining(", "))))
                .collect(Collectors.joining("\n"));
    }

    String transfers(RecordDetail view) {
        if (view.transfers().isEmpty()) {
            return t("record.no-transfers");
        }
        return view.transfers().stream().map(this::transfer).collect(Collectors.joining("\n"));
    }

    String transfer(RecordDetail.Transfer transfer) {
        String mechanism = transfer.withoutMechanism()
                ? t("record.no-mechanism")
                : t("mechanism." + transfer.mechanism().name());
        return transfer.recipient() + " → " + country(transfer.country())
                + (transfer.region() == null ? "" : " (" + transfer.region() + ")") + ": " + mechanism
                + (transfer.sccModule() == null ? "" : ", " + t("annex.scc-module", transfer.sccModule()))
                + (transfer.derogation() == null ? "" : ", Art. 49(1)(" + transfer.derogation() + ")")
                + (transfer.safeguards() == null ? "" : " – " + transfer.safeguards());
    }

    String erasure(RecordDetail view) {
        List<String> lines = new java.util.ArrayList<>();
        if (view.activity().erasure() != null) {
            lines.add(view.activity().erasure());
        }
        view.retention()
                .forEach(r -> lines.add(r.processor() + ": " + r.rule().rule().dataCategory() + " – "
                        + (r.rule().rule().period() == null
                                ? or(r.rule().rule().criteria())
                                : r.rule().rule().period() + " "
                                        + t("retention.trigger."
                                                + r.rule().rule().trigger().name()))));
        return lines.isEmpty() ? t("annex.not-recorded") : String.join("\n", lines);
    }

    String security(RecordDetail view) {
        List<String> lines = new java.util.ArrayList<>();
        if (view.activity().security() != null) {
            lines.add(view.activity().security());
        }
        view.measures()
                .forEach(m -> lines.add(
                        t("record.measures-line", m.party(), m.implemented(), m.applicable(), m.catalogue())));
        return lines.isEmpty() ? t("annex.not-recorded") : String.join("\n", lines);
    }

    String country(String code) {
        return Countries.EU.equals(code) ? t("annex.eu") : Countries.name(code, locale);
    }

    String date(LocalDate date) {
        return date == null ? t("annex.not-recorded") : Dates.format(date, locale);
    }

    private String party(Organisation o) {
        return java.util.stream.Stream.of(
                        o.name(), o.address(locale), o.contact().email())
                .filter(v -> v != null && !v.isBlank())
                .collect(Collectors.joining(", "));
    }

    private String dpo(Organisation o) {
        String text = java.util.stream.Stream.of(
                        o.dpo().name(),
                        o.dpo().email(),
                        o.dpo().phone(),
                        o.dpo().address())
                .filter(v -> v != null && !v.isBlank())
                .collect(Collectors.joining(", "));
        return or(text);
    }

    private String or(String value) {
        return value == null || value.isBlank() ? t("annex.not-recorded") : value;
    }

    private String[] pair(String key, String value) {
        return new String[] {t(key), value};
    }
}
