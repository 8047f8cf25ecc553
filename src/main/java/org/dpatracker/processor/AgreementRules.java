package org.dpatracker.processor;

import java.util.List;
import org.dpatracker.core.Strings;
import org.dpatracker.core.Validation;

/** The checks an agreement passes before it is stored. */
final class AgreementRules {

    private AgreementRules() {}

    static Agreement checked(Agreement a) {
        Validation validation = new Validation();
        validation.require(a.status() != null, "status", "validation.required");
        validation.require(a.controllerId() != a.processorId(), "processorId", "agreement.validation.same-party");
        validation.requireText(a.processing() == null ? null : a.processing().subjectMatter(), "subjectMatter", 2000);
        AgreementDocument d = a.document();
        validation.require(
                d.validFrom() == null
                        || d.validUntil() == null
                        || !d.validUntil().isBefore(d.validFrom()),
                "validUntil",
                "agreement.validation.valid-until");
        SubprocessorTerms terms = a.subprocessorTerms();
        validation.require(isPeriod(terms.noticePeriodDays()), "noticePeriodDays", "validation.days");
        validation.require(isPeriod(terms.objectionPeriodDays()), "objectionPeriodDays", "validation.days");
        validation.require(
                terms.delimitation() == null || terms.delimitation().length() <= 2000,
                "delimitation",
                "validation.too-long",
                2000);
        validation.require(
                !a.ownPurposeUse() || Strings.hasText(a.ownPurposeClause()),
                "ownPurposeClause",
                "agreement.validation.own-purpose-clause");
        JointArrangement joint = a.jointArrangement();
        validation.require(
                joint.responsibilities() == null || joint.responsibilities().length() <= 4000,
                "jointResponsibilities",
                "validation.too-long",
                4000);
        validation.require(
                joint.contactPoint() == null || joint.contactPoint().length() <= 1000,
                "jointContactPoint",
                "validation.too-long",
                1000);
        List<ProcessingLocation> locations = LocationRules.checked(a.locations(), validation);
        validation.throwIfInvalid();
        JointArrangement arrangement = a.relationship() == Relationship.JOINT_CONTROLLER
                ? new JointArrangement(
                        Strings.trimmedOrNull(joint.responsibilities()),
                        Strings.trimmedOrNull(joint.contactPoint()),
                        joint.essenceAvailable())
                : JointArrangement.EMPTY;
        return new Agreement(
                a.id(),
                a.version(),
                a.controllerId(),
                a.processorId(),
                a.status(),
                a.nextReview(),
                a.processing(),
                d,
                new SubprocessorTerms(
                        terms.authorisation(),
                        terms.noticePeriodDays(),
                        terms.objectionPeriodDays(),
                        Strings.trimmedOrNull(terms.delimitation())),
                a.ownPurposeUse(),
                a.ownPurposeClause(),
                a.source(),
                locations,
                a.relationship(),
                arrangement);
    }

    static Subprocessor checked(Subprocessor s) {
        Validation validation = new Validation();
        validation.requireText(s.service(), "service", 2000);
        validation.require(s.approval() != null, "approval", "validation.required");
        validation.require(
                s.parentId() == null || !s.parentId().equals(s.id()), "parentId", "subprocessor.validation.own-parent");
        List<ProcessingLocation> locations = LocationRules.checked(s.locations(), validation);
        validation.throwIfInvalid();
        return new Subprocessor(
                s.id(),
                s.version(),
                s.agreementId(),
                s.parentId(),
                s.organisationId(),
                s.service().trim(),
                s.affiliate(),
                s.addedOn(),
                s.approval(),
                locations);
    }

    private static boolean isPeriod(Integer days) {
        return days == null || (days >= 0 && days <= 3650);
    }
}
