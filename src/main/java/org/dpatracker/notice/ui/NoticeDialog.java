package org.dpatracker.notice.ui;

import org.dpatracker.core.ui.FormDialog;
import org.dpatracker.notice.ChangeNoticeService;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.AgreementDetail;

/** Records an inbound notice of a new or replaced subprocessor for one agreement. */
class NoticeDialog extends FormDialog {

    NoticeDialog(
            ChangeNoticeService notices, OrganisationService organisations, AgreementDetail agreement, Runnable saved) {
        setHeaderTitle(getTranslation("notice.new", agreement.processor().name()));
        NoticeForm form = new NoticeForm(organisations, agreement);
        add(form);
        addSaveButton(
                "notice-save",
                form,
                form::read,
                notices::record,
                "notice.saved",
                entered -> form.proposedName(),
                recorded -> saved.run());
        setWidth("64rem");
    }
}
