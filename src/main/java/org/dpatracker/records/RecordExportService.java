package org.dpatracker.records;

import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dpatracker.core.ExportProgress;
import org.dpatracker.core.Languages;
import org.dpatracker.core.SpreadsheetCells;
import org.dpatracker.pdf.FontSet;
import org.dpatracker.pdf.PdfArchive;
import org.dpatracker.pdf.TaggedPdf;
import org.dpatracker.security.CurrentUser;
import org.dpatracker.security.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of processing activities as a supervisory authority can use it: a PDF/A document and an
 * XLSX workbook, each activity with every linked object (recipients, subprocessors and their
 * countries, transfer bases, retention rules, measures), in English or German, for a filter.
 */
@Service
public class RecordExportService {

    private final RecordService records;
    private final FontSet fonts;
    private final Clock clock;

    RecordExportService(RecordService records, FontSet fonts, Clock clock) {
        this.records = records;
        this.fonts = fonts;
        this.clock = clock;
    }

    @RolesAllowed(Permission.Names.DOCUMENTS_EXPORT)
    @Transactional(readOnly = true)
    public byte[] pdf(RecordFilter filter, String language) {
        return pdf(filter, language, ExportProgress.unwatched());
    }

    /** Like {@link #pdf(RecordFilter, String)}, counting each activity written in {@code progress}. */
    @RolesAllowed(Permission.Names.DOCUMENTS_EXPORT)
    @Transactional(readOnly = true)
    public byte[] pdf(RecordFilter filter, String language, ExportProgress progress) {
        RecordTexts texts = new RecordTexts(Languages.of(language));
        List<RecordDetail> views = records.views(filter);
        progress.start(views.size());
        try (TaggedPdf pdf = new TaggedPdf(fonts, Languages.of(language))) {
            pdf.heading(1, texts.t("record.export-title"));
            pdf.paragraph(texts.t("record.export-intro", views.size(), texts.date(records.today())));
            for (RecordDetail view : views) {
                progress.advance();
                pdf.heading(2, view.activity().name());
                pdf.facts(texts.fields(view));
                if (!view.transfers().isEmpty()) {
                    pdf.heading(3, texts.t("record.transfers"));
                    pdf.table(
                            List.of(
                                    texts.t("record.recipient"),
                                    texts.t("record.country"),
                                    texts.t("record.mechanism")),
                            new float[] {0.3f, 0.25f, 0.45f},
                            view.transfers().stream()
                                    .map(t -> List.of(
                                            t.recipient(),
                                            texts.country(t.country())
                                                    + (t.region() == null ? "" : " (" + t.region() + ")"),
                                            t.withoutMechanism()
                                                    ? texts.t("record.no-mechanism")
                                                    : texts.t("mechanism."
                                                            + t.mechanism().name())))
                                    .toList());
                }
            }
            if (views.isEmpty()) {
                pdf.paragraph(texts.t("record.none"));
            }
            return pdf.finish(new PdfArchive.Metadata(
                    texts.t("record.export-title"),
                    texts.t("record.export-subject"),
                    CurrentUser.name(),
                    Languages.of(language),
                    clock.instant(),
                    new PdfArchive.Footer(texts.t("record.export-title"), texts.t("annex.page"))));
        }
    }

    @RolesAllowed(Permission.Names.DOCUMENTS_EXPORT)
    @Transactional(readOnly = true)
    public byte[] xlsx(RecordFilter filter, String language) {
        return xlsx(filter, language, ExportProgress.unwatched());
    }

    /** Like {@link #xlsx(RecordFilter, String)}, counting each activity written in {@code progress}. */
    @RolesAllowed(Permission.Names.DOCUMENTS_EXPORT)
    @Transactional(readOnly = true)
    public byte[] xlsx(RecordFilter filter, String language, ExportProgress progress) {
        RecordTexts texts = new RecordTexts(Languages.of(language));
        List<RecordDetail> views = records.views(filter);
        progress.start(views.size());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "DPA Tracker", "1.0");
            Worksheet activities = workbook.newWorksheet(texts.t("record.sheet.activities"));
            Worksheet recipients = workbook.newWorksheet(texts.t("record.sheet.recipients"));
            Worksheet transfers = workbook.newWorksheet(texts.t("record.sheet.transfers"));
            Worksheet retention = workbook.newWorksheet(texts.t("record.sheet.retention"));
            Worksheet measures = workbook.newWorksheet(texts.t("record.sheet.measures"));
            row(activities, 0, header(texts, views));
            row(
                    recipients,
                    0,
                    List.of(
                            texts.t("record.activity"),
                            texts.t("record.recipient"),
                            texts.t("record.recipient-role"),
                            texts.t("annex.engaged-by"),
                            texts.t("annex.services"),
                            texts.t("record.countries")));
            row(
                    transfers,
                    0,
                    List.of(
                            texts.t("record.activity"),
                            texts.t("record.recipient"),
                            texts.t("record.country"),
                            texts.t("record.region"),
                            texts.t("record.mechanism"),
                            texts.t("record.scc-module"),
                            texts.t("record.derogation"),
                            texts.t("record.safeguards")));
            row(
                    retention,
                    0,
                    List.of(
                            texts.t("record.activity"),
                            texts.t("agreement.processor"),
                            texts.t("retention.category"),
                            texts.t("retention.period"),
                            texts.t("retention.trigger"),
                            texts.t("retention.criteria"),
                            texts.t("retention.backup-period"),
                            texts.t("retention.due")));
            row(
                    measures,
                    0,
                    List.of(
                            texts.t("record.activity"),
                            texts.t("agreement.processor"),
                            texts.t("tom.party"),
                            texts.t("tom.catalogue"),
                            texts.t("record.implemented"),
                            texts.t("record.applicable"),
                            texts.t("record.missing")));
            int[] rows = {1, 1, 1, 1, 1};
            for (RecordDetail view : views) {
                progress.advance();
                String name = view.activity().name();
                row(
                        activities,
                        rows[0]++,
                        texts.fields(view).stream().map(pair -> pair[1]).toList(),
                        name);
                for (RecordDetail.Recipient r : view.recipients()) {
                    row(
                            recipients,
                            rows[1]++,
                            List.of(
                                    name,
                                    r.name(),
                                    texts.t(r.subprocessor() ? "record.as-subprocessor" : "record.as-processor"),
                                    r.engagedBy() == null ? "" : r.engagedBy(),
                                    r.service() == null ? "" : r.service(),
                                    String.join(
                                            ", ",
                                            r.countries().stream()
                                                    .map(texts::country)
                                                    .toList())));
                }
                for (RecordDetail.Transfer t : view.transfers()) {
                    row(
                            transfers,
                            rows[2]++,
                            List.of(
                                    name,
                                    t.recipient(),
                                    texts.country(t.country()),
                                    nz(t.region()),
                                    t.withoutMechanism()
                                            ? texts.t("record.no-mechanism")
                                            : texts.t(
                                                    "mechanism." + t.mechanism().name()),
                                    t.sccModule() == null ? "" : String.valueOf(t.sccModule()),
                                    nz(t.derogation()),
                                    nz(t.safeguards())));
                }
                for (RecordDetail.Retention r : view.retention()) {
                    var rule = r.rule().rule();
                    row(
                            retention,
                            rows[3]++,
                            List.of(
                                    name,
                                    r.processor(),
                                    rule.dataCategory(),
                                    rule.period() == null ? "" : rule.period().toString(),
                                    texts.t("retention.trigger."
                                            + rule.trigger().name()),
                                    nz(rule.criteria()),
                                    rule.backupPeriod() == null
                                            ? ""
                                            : rule.backupPeriod().toString(),
                                    r.rule().deletionDue() == null
                                            ? ""
                                            : r.rule().deletionDue().toString()));
                }
                for (RecordDetail.Measures m : view.measures()) {
                    row(
                            measures,
                            rows[4]++,
                            List.of(
                                    name,
                                    m.processor(),
                                    m.party(),
                                    m.catalogue(),
                                    String.valueOf(m.implemented()),
                                    String.valueOf(m.applicable()),
                                    String.valueOf(m.missing())));
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<String> header(RecordTexts texts, List<RecordDetail> views) {
        List<String> header = new java.util.ArrayList<>();
        header.add(texts.t("record.activity"));
        if (!views.isEmpty()) {
            texts.fields(views.getFirst()).forEach(pair -> header.add(pair[0]));
        } else {
            header.add(texts.t("record.purposes"));
        }
        return header;
    }

    private static void row(Worksheet sheet, int row, List<String> values) {
        for (int column = 0; column < values.size(); column++) {
            sheet.value(row, column, SpreadsheetCells.neutralised(values.get(column)));
        }
    }

    private static void row(Worksheet sheet, int row, List<String> values, String first) {
        sheet.value(row, 0, SpreadsheetCells.neutralised(first));
        for (int column = 0; column < values.size(); column++) {
            sheet.value(row, column + 1, SpreadsheetCells.neutralised(values.get(column)));
        }
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
