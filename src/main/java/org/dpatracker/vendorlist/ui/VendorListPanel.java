package org.dpatracker.vendorlist.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dpatracker.core.InvalidInputException;
import org.dpatracker.core.ui.DateField;
import org.dpatracker.core.ui.FieldProblems;
import org.dpatracker.core.ui.Notifications;
import org.dpatracker.notice.OpenNotice;
import org.dpatracker.processor.AgreementDetail;
import org.dpatracker.processor.exchange.ImportLimits;
import org.dpatracker.processor.exchange.ImportRefusedException;
import org.dpatracker.vendorlist.Difference;
import org.dpatracker.vendorlist.VendorListInput;
import org.dpatracker.vendorlist.VendorListService;

/**
 * "Compare with the vendor's list": the DPO pastes the table from the vendor's page or uploads its CSV or
 * XLSX, sees what was added, removed or moved, and records change notices for the additions in one step.
 */
class VendorListPanel extends VerticalLayout {

    private final transient VendorListService vendorLists;
    private final long agreementId;
    private final TextArea pasted = new TextArea();
    private final UnorderedList problems = new UnorderedList();
    private final DifferenceGrid grid = new DifferenceGrid();
    private final DatePicker receivedOn = new DateField();
    private final DatePicker effectiveFrom = new DateField();
    private final Button record = new Button();
    private final HorizontalLayout recording;
    private transient VendorListInput compared;

    /** For the agreement, with notices received {@code today} unless the DPO names another day. */
    VendorListPanel(VendorListService vendorLists, AgreementDetail detail, LocalDate today) {
        this.vendorLists = vendorLists;
        this.agreementId = detail.agreement().id();
        setId("vendor-list");
        setPadding(false);
        pasted.setLabel(getTranslation("vendorlist.paste"));
        pasted.setHelperText(getTranslation("vendorlist.paste.help"));
        pasted.setId("vendorlist-text");
        pasted.setWidthFull();
        pasted.setMaxHeight("12rem");
        Button compare = new Button(getTranslation("vendorlist.compare"), click -> compare(pastedInput()));
        compare.setId("vendorlist-compare");
        HorizontalLayout actions = new HorizontalLayout(compare, upload());
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        problems.setId("vendorlist-problems");
        problems.setVisible(false);
        receivedOn.setLabel(getTranslation("notice.received-on"));
        receivedOn.setId("vendorlist-received");
        effectiveFrom.setLabel(getTranslation("notice.effective-from"));
        effectiveFrom.setId("vendorlist-effective");
        Integer days = detail.agreement().subprocessorTerms().objectionPeriodDays();
        receivedOn.setValue(today);
        effectiveFrom.setValue(days == null ? today : today.plusDays(days));
        effectiveFrom.setHelperText(getTranslation("vendorlist.effective.help"));
        record.setId("vendorlist-record");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClickListener(click -> recordAdditions());
        recording = new HorizontalLayout(receivedOn, effectiveFrom, record);
        recording.setAlignItems(FlexComponent.Alignment.BASELINE);
        recording.setWrap(true);
        grid.setVisible(false);
        recording.setVisible(false);
        add(
                new H3(getTranslation("vendorlist.title")),
                new Paragraph(getTranslation("vendorlist.intro")),
                pasted,
                actions,
                problems,
                grid,
                recording);
    }

    private VendorListInput pastedInput() {
        return VendorListInput.pasted(pasted.getValue());
    }

    private Upload upload() {
        UI ui = UI.getCurrent();
        Upload upload = new Upload((UploadHandler) event -> {
            try {
                VendorListInput input = VendorListInput.upload(event.getFileName(), event.getInputStream());
                ui.access(() -> compare(input));
            } catch (ImportRefusedException refused) {
                ui.access(() -> showRefused(refused));
            }
        });
        upload.setMaxFileSize(ImportLimits.MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".csv", ".xlsx", ".tsv", ".txt");
        upload.setMaxFiles(1);
        upload.setDropAllowed(false);
        upload.setUploadButton(new Button(getTranslation("vendorlist.upload")));
        upload.setId("vendorlist-upload");
        return upload;
    }

    void compare(VendorListInput input) {
        clearProblems();
        try {
            List<Difference> differences = vendorLists.compare(agreementId, input);
            compared = input;
            grid.setItems(differences);
            grid.setVisible(true);
            long additions = differences.stream()
                    .filter(d -> d.kind() == Difference.Kind.ADDED && !d.noticePending())
                    .count();
            recording.setVisible(additions > 0);
            record.setText(getTranslation("vendorlist.record", additions));
        } catch (ImportRefusedException refused) {
            showRefused(refused);
        }
    }

    private void recordAdditions() {
        clearProblems();
        try {
            List<OpenNotice> recorded =
                    vendorLists.recordAdditions(agreementId, compared, receivedOn.getValue(), effectiveFrom.getValue());
            Notifications.success(this, "vendorlist.recorded", recorded.size());
            compare(compared);
        } catch (InvalidInputException refused) {
            FieldProblems.show(this, Map.of("receivedOn", receivedOn, "effectiveFrom", effectiveFrom), refused)
                    .forEach(message -> problems.add(new ListItem(message)));
            problems.setVisible(problems.getComponentCount() > 0);
        }
    }

    private void showRefused(ImportRefusedException refused) {
        compared = null;
        grid.setVisible(false);
        recording.setVisible(false);
        pasted.setInvalid(true);
        pasted.setErrorMessage(
                getTranslation("vendorlist.refused", refused.problems().size()));
        problems.setVisible(true);
        refused.problems().forEach(problem -> {
            String message =
                    getTranslation(problem.messageKey(), problem.arguments().toArray());
            // Line 0 stands for the list as a whole.
            problems.add(new ListItem(
                    "0".equals(problem.line())
                            ? message
                            : getTranslation("vendorlist.problem", problem.line(), message)));
        });
    }

    private void clearProblems() {
        problems.removeAll();
        // An empty list would still take its margins.
        problems.setVisible(false);
        pasted.setInvalid(false);
        receivedOn.setInvalid(false);
        effectiveFrom.setInvalid(false);
    }
}
