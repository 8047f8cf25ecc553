package org.dpatracker.processor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.dpatracker.core.ui.FactList;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementDetail;
import org.dpatracker.processor.AgreementDocument;
import org.dpatracker.processor.JointArrangement;
import org.dpatracker.processor.ProcessingDescription;
import org.dpatracker.processor.Relationship;

/** The agreement's facts as label–value lists: processing (Annex II), the document, subprocessor terms. */
final class ProcessingFacts {

    private ProcessingFacts() {}

    /**
     * What the recipient is to the controller; for a joint controller the Art. 26 arrangement, for
     * any recipient but a processor the note that the Art. 28 parts of the page do not apply.
     */
    static Component relationship(Component context, AgreementDetail detail) {
        Agreement agreement = detail.agreement();
        Div facts = new Div();
        facts.setId("agreement-relationship");
        facts.add(new FactList()
                .add(
                        "agreement.relationship",
                        context.getTranslation(
                                "relationship." + agreement.relationship().name())));
        if (agreement.relationship() == Relationship.JOINT_CONTROLLER) {
            JointArrangement joint = agreement.jointArrangement();
            facts.add(
                    new H3(context.getTranslation("joint.title")),
                    new FactList()
                            .add("joint.responsibilities", joint.responsibilities())
                            .add("joint.contact-point", joint.contactPoint())
                            .add("joint.essence-available", joint.essenceAvailable()));
        }
        if (!agreement.relationship().isProcessor()) {
            facts.add(new Paragraph(context.getTranslation(
                    "agreement.not-art28", detail.processor().name())));
        }
        return facts;
    }

    static FactList of(Component context, Agreement agreement) {
        ProcessingDescription p = agreement.processing();
        return new FactList()
                .add("agreement.subject-matter", p.subjectMatter())
                .add("agreement.services", p.services())
                .add("agreement.nature", p.nature())
                .add("agreement.purposes", p.purposes())
                .add("agreement.data-subjects", p.dataSubjects())
                .add("agreement.personal-data", p.personalData())
                .add(
                        "agreement.special-categories",
                        p.specialCategories().stream()
                                .map(c -> context.getTranslation("special." + c.name()))
                                .sorted()
                                .toList())
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
                .add(
                        "terms.authorisation",
                        t.authorisation() == null
                                ? null
                                : context.getTranslation(
                                        "authorisation." + t.authorisation().name()))
                .add("terms.notice-days", t.noticePeriodDays())
                .add("terms.objection-days", t.objectionPeriodDays())
                .add("terms.delimitation", t.delimitation());
    }
}
