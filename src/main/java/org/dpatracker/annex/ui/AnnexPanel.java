package org.dpatracker.annex.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import org.dpatracker.annex.AnnexDiff;
import org.dpatracker.annex.AnnexService;
import org.dpatracker.annex.AnnexVersion;
import org.dpatracker.core.ui.ClientTime;
import org.dpatracker.core.ui.Notifications;

/** The annex PDFs of one agreement: the current one in English or German, every archived version, what changed. */
class AnnexPanel extends Div {

    private final Div changes = new Div();

    AnnexPanel(AnnexService annexes, long agreementId, Runnable refresh) {
        setId("annexes");
        setWidthFull();
        add(new H3(getTranslation("annexui.title")), new Paragraph(getTranslation("annexui.intro")));
        Anchor english = AnnexDownloads.current(annexes, agreementId, "en", getTranslation("annexui.download-en"));
        english.setId("annex-download-en");
        Anchor german = AnnexDownloads.current(annexes, agreementId, "de", getTranslation("annexui.download-de"));
        german.setId("annex-download-de");
        Button reload = new Button(getTranslation("annexui.refresh"), click -> refresh.run());
        HorizontalLayout actions = new HorizontalLayout(english, german, reload);
        actions.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(actions);
        List<AnnexVersion> versions = annexes.versions(agreementId);
        if (versions.isEmpty()) {
            add(new Paragraph(getTranslation("annexui.none")));
            return;
        }
        Grid<AnnexVersion> grid = new Grid<>();
        grid.setId("annex-versions");
        grid.addColumn(v -> v.language().toUpperCase())
                .setHeader(getTranslation("annexui.language"))
                .setAutoWidth(true);
        grid.addColumn(AnnexVersion::version)
                .setHeader(getTranslation("annexui.version"))
                .setAutoWidth(true);
        grid.addColumn(v -> ClientTime.format(v.generatedAt()))
                .setHeader(getTranslation("annexui.generated"))
                .setAutoWidth(true);
        grid.addColumn(AnnexVersion::generatedBy)
                .setHeader(getTranslation("annexui.by"))
                .setAutoWidth(true);
        grid.addColumn(v -> getTranslation("annexui.size", v.pageCount(), v.byteSize() / 1024))
                .setHeader(getTranslation("annexui.pages"))
                .setAutoWidth(true);
        grid.addColumn(v -> v.sha256().substring(0, 16) + "…")
                .setHeader("SHA-256")
                .setAutoWidth(true);
        grid.addComponentColumn(v -> AnnexDownloads.archived(annexes, v, getTranslation("annexui.download")))
                .setAutoWidth(true);
        grid.setItems(versions);
        grid.setAllRowsVisible(true);
        ComboBox<AnnexVersion> since = new ComboBox<>(getTranslation("annexui.changes-since"), versions);
        since.setItemLabelGenerator(
                v -> v.language().toUpperCase() + " " + getTranslation("annexui.version") + " " + v.version());
        since.setId("annex-changes-since");
        since.addValueChangeListener(change -> {
            changes.removeAll();
            if (change.getValue() != null) {
                try {
                    show(annexes.changesSince(
                            agreementId,
                            change.getValue().language(),
                            change.getValue().version()));
                } catch (RuntimeException refused) {
                    Notifications.refused(this, refused);
                }
            }
        });
        changes.setId("annex-changes");
        add(grid, since, changes);
    }

    private void show(AnnexDiff diff) {
        if (diff.isEmpty()) {
            changes.add(new Paragraph(getTranslation("annexui.no-changes", diff.fromVersion(), diff.toVersion())));
            return;
        }
        changes.add(new Paragraph(getTranslation("annexui.changes", diff.fromVersion(), diff.toVersion())));
        UnorderedList list = new UnorderedList();
        diff.subprocessorsAdded().forEach(name -> list.add(new ListItem(getTranslation("annexui.added", name))));
        diff.subprocessorsRemoved().forEach(name -> list.add(new ListItem(getTranslation("annexui.removed", name))));
        diff.subprocessorsChanged().forEach(name -> list.add(new ListItem(getTranslation("annexui.changed", name))));
        diff.partiesChanged().forEach(name -> list.add(new ListItem(getTranslation("annexui.party-changed", name))));
        diff.measuresChanged().forEach(name -> list.add(new ListItem(getTranslation("annexui.measure-changed", name))));
        if (diff.auditRightsChanged()) {
            list.add(new ListItem(getTranslation("annexui.audit-changed")));
        }
        if (diff.breachDutyChanged()) {
            list.add(new ListItem(getTranslation("annexui.breach-changed")));
        }
        diff.retentionChanged()
                .forEach(category -> list.add(new ListItem(getTranslation("annexui.retention-changed", category))));
        changes.add(list);
    }
}
