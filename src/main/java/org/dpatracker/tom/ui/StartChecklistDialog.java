package org.dpatracker.tom.ui;

import java.util.List;
import org.dpatracker.core.ui.FormDialog;
import org.dpatracker.processor.AgreementDetail;
import org.dpatracker.tom.TomCatalogue;
import org.dpatracker.tom.TomChecklist;
import org.dpatracker.tom.TomChecklistService;

/** Starts a party's checklist from a catalogue template, or copies one from another agreement. */
class StartChecklistDialog extends FormDialog {

    /** The id the service refuses as unknown when the user chose no catalogue or no checklist. */
    private static final long NONE = -1;

    StartChecklistDialog(
            TomChecklistService checklists, List<TomCatalogue> catalogues, AgreementDetail detail, Runnable started) {
        setHeaderTitle(getTranslation("tom.start"));
        StartChecklistForm form = new StartChecklistForm(catalogues, checklists.copySources(), detail);
        add(form);
        addSaveButton(
                "tom.start-save",
                "tom-start-save",
                form,
                form::read,
                entered -> start(checklists, detail.agreement().id(), entered),
                "tom.started",
                entered -> new Object[] {
                    entered.party() == null ? "" : entered.party().label()
                },
                checklist -> started.run());
        setWidth("40rem");
    }

    private static TomChecklist start(
            TomChecklistService checklists, long agreementId, StartChecklistForm.Entered entered) {
        Long subprocessorId = entered.party() == null ? null : entered.party().subprocessorId();
        if (Boolean.TRUE.equals(entered.fromTemplate())) {
            return checklists.start(
                    agreementId,
                    subprocessorId,
                    entered.catalogue() == null ? NONE : entered.catalogue().id());
        }
        return checklists.copy(
                entered.source() == null ? NONE : entered.source().checklistId(), agreementId, subprocessorId);
    }
}
