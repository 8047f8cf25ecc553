package org.dpatracker.history.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dpatracker.history.ChangeEntry;
import org.dpatracker.history.ChangeFilter;
import org.dpatracker.history.ChangeHistoryService;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.AgreementStatus;
import org.dpatracker.processor.ProcessingLocation;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.AgreementBuilder;
import org.dpatracker.support.BrowserlessTest;
import org.dpatracker.support.H2Test;
import org.dpatracker.support.SignedIn;
import org.dpatracker.transfer.TransferMechanism;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * An auditor reads the history of the demo data and of a transfer agreement edited for the test, in
 * English and in German: every entry names the kind of entity, its fields and coded values in words,
 * never by the names the code uses for them.
 */
@H2Test
class ChangeHistoryLabelsTest extends BrowserlessTest {

    /** A coded value shown as the code writes it, e.g. "SCC_2021". */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z]+_[A-Z0-9_]+\\b");

    @Autowired
    ChangeHistoryService history;

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Autowired
    UserDetailsService directory;

    @Test
    void everyEntryReadsInWordsInEnglishAndGerman() {
        editATransferAgreement();
        login("auditor");
        List<ChangeEntry> entries = SystemAccess.call(() -> history.findPage(ChangeFilter.all(), 0, 10_000));
        Set<String> codes = codesIn(entries);
        Set<String> fields = camelCaseFieldsIn(entries);
        assertThat(fields).contains("subjectMatter", "legalBases");
        assertThat(codes).contains("SIGNED", "IN_NEGOTIATION", "PENDING");
        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            UI.getCurrent().setLocale(locale);
            UI.getCurrent().navigate(ChangeHistoryView.class);
            @SuppressWarnings("unchecked")
            Grid<ChangeEntry> grid = _get(Grid.class);
            int rows = GridKt._size(grid);
            assertThat(rows).isEqualTo(entries.size());
            List<String> problems = new ArrayList<>();
            for (int row = 0; row < rows; row++) {
                String text = String.join(" | ", GridKt._getFormattedRow(grid, row));
                problems.addAll(problemsIn(text, codes, fields));
            }
            assertThat(problems).as("texts in " + locale).isEmpty();
        }
    }

    private void editATransferAgreement() {
        SignedIn.as(directory, "dpo", () -> {
            Agreement saved = AgreementBuilder.agreement(agreements, organisations)
                    .status(AgreementStatus.IN_NEGOTIATION)
                    .locations(new ProcessingLocation(
                            null, "US", "Virginia", TransferMechanism.SCC_2021, 2, null, "TIA 2026"))
                    .save();
            return agreements.save(saved.withStatus(AgreementStatus.SIGNED));
        });
    }

    private static List<String> problemsIn(String text, Set<String> codes, Set<String> fields) {
        List<String> problems = new ArrayList<>();
        if (text.contains("!en:") || text.contains("!de:")) {
            problems.add("missing text: " + text);
        }
        Matcher names = CODE.matcher(text);
        while (names.find()) {
            problems.add(names.group() + " in " + text);
        }
        for (String code : union(codes, fields)) {
            // A whole value, not a word of a free text such as a user's name "Test DPO".
            if (Pattern.compile("(?:^|→ |: |, |; |\\| )" + code + "(?=$|;|,|:| →| \\|)")
                    .matcher(text)
                    .find()) {
                problems.add(code + " in " + text);
            }
        }
        return problems;
    }

    private static Set<String> union(Set<String> one, Set<String> other) {
        Set<String> all = new TreeSet<>(one);
        all.addAll(other);
        return all;
    }

    /** The recorded field names written in camel case, nested ones included. */
    private static Set<String> camelCaseFieldsIn(List<ChangeEntry> entries) {
        Set<String> fields = new TreeSet<>();
        Pattern field = Pattern.compile("\"([a-z]+[A-Z][A-Za-z0-9]*)\":");
        for (ChangeEntry entry : entries) {
            for (String state : new String[] {entry.beforeState(), entry.afterState()}) {
                if (state != null) {
                    field.matcher(state).results().forEach(found -> fields.add(found.group(1)));
                }
            }
        }
        return fields;
    }

    /** Every value of the recorded states that is the name of one of the application's enum constants. */
    private static Set<String> codesIn(List<ChangeEntry> entries) {
        Set<String> constants = enumConstants();
        // A name such as "TISAX" is an enum constant and also how the forms show it.
        Set<String> properNames = englishTexts();
        Set<String> codes = new TreeSet<>();
        Pattern code = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)\"");
        for (ChangeEntry entry : entries) {
            for (String state : new String[] {entry.beforeState(), entry.afterState()}) {
                if (state != null) {
                    Matcher found = code.matcher(state);
                    while (found.find()) {
                        if (constants.contains(found.group(1)) && !properNames.contains(found.group(1))) {
                            codes.add(found.group(1));
                        }
                    }
                }
            }
        }
        return codes;
    }

    private static Set<String> englishTexts() {
        var texts = new java.util.Properties();
        try (var in = ChangeHistoryLabelsTest.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Set<String> values = new TreeSet<>();
        texts.values().forEach(value -> values.add(value.toString()));
        return values;
    }

    private static Set<String> enumConstants() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) ->
                "java.lang.Enum".equals(reader.getClassMetadata().getSuperClassName()));
        Set<String> constants = new TreeSet<>();
        for (var candidate : scanner.findCandidateComponents("org.dpatracker")) {
            try {
                for (Object constant :
                        Class.forName(candidate.getBeanClassName()).getEnumConstants()) {
                    constants.add(((Enum<?>) constant).name());
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return constants;
    }
}
