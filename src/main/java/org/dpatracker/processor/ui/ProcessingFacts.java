package org.dpatracker.processor.ui;

import com.vaadin.flow.component.Component;
import org.dpatracker.core.ui.FactList;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementDocument;
import org.dpatracker.processor.ProcessingDescription;

/** The agreement's facts as label–value lists: processing (Annex II), the document, subprocessor terms. */
final class ProcessingFacts {

    private ProcessingFacts() {}

    static FactList of(Component context, Agreement agreement) {
        ProcessingDescription p = agreement.processing();
        return new FactList()
                .add("agreement.subject-matter", p.subjectMatter())
                .add("agreement.services", p.services())
                .add("agreement.nature", p.nature())
                .add("agreement.purposes", p.purposes())
                .add("agreement.data-subjects", p.dataSubjects())
                .add("agreement.personal-data", p.personalData())
                .add("agreement.special-categories", p.specialCategories().stream()
                        .map(c -> context.getTranslation("special." + c.name())).sorted().toList())
                .add("agreement.special-safeguards", p.specialSafeguards())
                .add("agreement.duration", p.duration())
                .add("agreement.own-purpose-use", agreement.ownPurposeUse())
                .add("agreement.own-purpose-clause", agreement.ownPurposeClause())
                .add("agreement.next-review", agreement.nextReview())
                .add("agreement.source", agreement.source());
    }

    static FactList document(Component context, Agreement agreement) {
        AgreementDocument d = agreement.document();
        return new FactList()
                .add("document.title", d.title())
                .add("document.version", d.version())
                .add("document.signed-on", d.signedOn())
                .add("document.signed-by", d.signedBy())
                .add("document.valid-from", d.validFrom())
                .add("document.valid-until", d.validUntil())
                .add("document.term", d.termAndTermination())
                .add("document.signed-copy", d.signedCopyLocation());
    }

    static FactList terms(Component context, Agreement agreement) {
        var t = agreement.subprocessorTerms();
        return new FactList()
                .add("terms.authorisation", t.authorisation() == null ? null
                        : context.getTranslation("authorisation." + t.authorisation().name()))
                .add("terms.notice-days", t.noticePeriodDays())
                .add("terms.objection-days", t.objectionPeriodDays());
    }
}
