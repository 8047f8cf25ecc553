package org.dpatracker.notice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import org.dpatracker.core.ui.FormDialog;
import org.dpatracker.notice.ChangeNoticeService;
import org.dpatracker.notice.OpenNotice;

/** Objects to a subprocessor change: the reason, and how and when the objection was sent. */
class ObjectionDialog extends FormDialog {

    ObjectionDialog(ChangeNoticeService notices, OpenNotice open, Runnable decided) {
        setHeaderTitle(getTranslation("notice.object-title", open.proposedName()));
        ObjectionForm form = new ObjectionForm();
        add(form);
        Button object = addSaveButton(
                "notice.object",
                "objection-save",
                form,
                form::read,
                entered -> notices.decide(
                        open.notice().id(),
                        open.notice().version(),
                        false,
                        entered.objectionReason(),
                        entered.objectionSentOn(),
                        entered.objectionSentVia()),
                "notice.objected",
                entered -> new Object[] {open.proposedName()},
                decision -> decided.run());
        object.addThemeVariants(ButtonVariant.LUMO_ERROR);
        setWidth("40rem");
    }
}
