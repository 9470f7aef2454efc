package org.ccionetwork.campaign;

import java.util.List;
import java.util.Map;

import org.ccionetwork.organisations.CampaignFigures;
import org.ccionetwork.shared.FormErrors;

/** The records behind the campaign's templates. */
public final class CampaignPages {

    private CampaignPages() {
    }

    /** {@code sections}: other modules' sections (shared.CampaignSection), in order. */
    public record ProgressPage(CampaignFigures figures, Map<BackerKind, Long> backers, List<gg.jte.Content> sections) {
        public long backersInAll() {
            return backers.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public record BackPage(BackForm form, FormErrors errors, List<BackerKind> kinds) {
        public BackPage(BackForm form, FormErrors errors) {
            this(form, errors, List.of(BackerKind.values()));
        }
    }

    public record MessagePage(String title, String message) {
    }

    /** Public backers grouped by kind, in the order of the kinds. */
    public record BackersPage(Map<BackerKind, List<Backer>> byKind, Map<BackerKind, Long> counts) {
    }

    public record ApprovalPage(List<Backer> waiting) {
    }

    public record HeadlinePanel(CampaignFigures.Count headline) {
    }
}
