package org.dpatracker.processor.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.function.Supplier;
import org.dpatracker.core.ui.Downloads;
import org.dpatracker.core.ui.Notifications;
import org.dpatracker.processor.RegisterFilter;
import org.dpatracker.processor.exchange.ExchangeFormat;
import org.dpatracker.processor.exchange.ImportProblem;
import org.dpatracker.processor.exchange.ImportRefusedException;
import org.dpatracker.processor.exchange.RegisterExchangeService;
import org.dpatracker.security.CurrentUser;
import org.dpatracker.security.Permission;

/** Export of the filtered list (CSV, XLSX, JSON), the import template, and the import itself for DPOs. */
class ExchangeBar extends HorizontalLayout {

    ExchangeBar(RegisterExchangeService exchange, Supplier<RegisterFilter> filter, Runnable imported) {
        setAlignItems(FlexComponent.Alignment.CENTER);
        setWrap(true);
        add(new Span(getTranslation("exchange.export")));
        for (ExchangeFormat format : ExchangeFormat.values()) {
            add(download(
                    format.name(),
                    "register." + format.extension(),
                    format,
                    () -> exchange.export(filter.get(), format)));
        }
        if (CurrentUser.has(Permission.REGISTER_EDIT)) {
            add(new Span(getTranslation("exchange.template")));
            for (ExchangeFormat format : ExchangeFormat.values()) {
                add(download(
                        format.name(),
                        "register-template." + format.extension(),
                        format,
                        () -> exchange.template(format)));
            }
            add(importUpload(exchange, imported));
        }
    }

    private static Anchor download(String text, String fileName, ExchangeFormat format, Supplier<byte[]> content) {
        return Downloads.anchor(text, fileName, format.mediaType(), content);
    }

    private Upload importUpload(RegisterExchangeService exchange, Runnable imported) {
        UI ui = UI.getCurrent();
        // The service reads at most its limit from the stream; a larger file is refused, not held in memory.
        Upload upload = new Upload((UploadHandler) event -> {
            try {
                RegisterExchangeService.ImportResult result =
                        exchange.importFile(ExchangeFormat.ofFileName(event.getFileName()), event.getInputStream());
                ui.access(() -> {
                    Notifications.success(
                            this, "exchange.imported", result.agreements(), result.subprocessors(), result.locations());
                    imported.run();
                });
            } catch (ImportRefusedException refused) {
                ui.access(() -> showProblems(refused));
            }
        });
        upload.setMaxFileSize(RegisterExchangeService.MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".csv", ".xlsx", ".json");
        upload.setMaxFiles(1);
        upload.setDropAllowed(false);
        upload.setUploadButton(new Button(getTranslation("exchange.import")));
        upload.setId("register-import");
        return upload;
    }

    private void showProblems(ImportRefusedException refused) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(
                getTranslation("exchange.refused", refused.problems().size()));
        UnorderedList list = new UnorderedList();
        for (ImportProblem problem : refused.problems()) {
            list.add(new ListItem(getTranslation(
                    "exchange.problem",
                    problem.line(),
                    problem.column(),
                    getTranslation(problem.messageKey(), problem.arguments().toArray()))));
        }
        dialog.add(list);
        dialog.getFooter().add(new Button(getTranslation("action.close"), click -> dialog.close()));
        dialog.open();
    }
}
