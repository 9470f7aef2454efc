package org.ccionetwork.directory.mentoring;

import org.ccionetwork.directory.DirectoryPages.Choices;
import org.ccionetwork.shared.FormErrors;

/** The records behind the mentoring templates. */
public final class MentoringPages {

    private MentoringPages() {
    }

    public record MentoringPage(Mentoring.Dashboard dashboard) {
    }

    public record AskPage(AskForm form, FormErrors errors, Choices choices) {
    }

    public record OfferPage(OfferForm form, FormErrors errors, Choices choices) {
    }

    public record MentoringFiguresPage(Mentoring.Figures figures) {
    }
}
