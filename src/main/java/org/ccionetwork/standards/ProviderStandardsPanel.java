package org.ccionetwork.standards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import org.ccionetwork.organisations.Organisation;
import org.ccionetwork.organisations.OrganisationPanel;
import org.ccionetwork.shared.Viewer;
import org.ccionetwork.standards.StandardsPages.Line;
import org.ccionetwork.standards.StandardsPages.ProviderPanel;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A provider's standards on its organisation page: the table and the history for everyone, the edit links for those
 * who may change them, and for its CCIO what needs looking at. A fixed number of statements: the list, the
 * provider's statuses, its history, and for a signed-in viewer whether they are its CCIO and have opted out.
 */
@Component
class ProviderStandardsPanel implements OrganisationPanel {

    static final int HISTORY = 100;

    private final StandardRepository standards;
    private final StatusRepository statuses;
    private final StatusService service;
    private final Reminders reminders;
    private final TemplateEngine templates;

    ProviderStandardsPanel(StandardRepository standards, StatusRepository statuses, StatusService service,
            Reminders reminders, TemplateEngine templates) {
        this.standards = standards;
        this.statuses = statuses;
        this.service = service;
        this.reminders = reminders;
        this.templates = templates;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Content render(Organisation organisation, Viewer viewer) {
        ProviderPanel panel = panel(organisation, viewer);
        return output -> templates.render("standards/provider-panel.jte", Map.of("page", panel), output);
    }

    /** The panel is drawn outside the page's model, so it finds the request's CSRF token for its one form itself. */
    private static CsrfToken csrf() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getRequest().getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            return token;
        }
        return null;
    }

    ProviderPanel panel(Organisation organisation, Viewer viewer) {
        LocalDate today = service.today();
        Map<Long, ProviderStatus> recorded = new HashMap<>();
        statuses.forProvider(organisation.id()).forEach(s -> recorded.put(s.standardId(), s));
        List<Line> lines = new ArrayList<>();
        for (Standard standard : standards.all()) {
            ProviderStatus status = recorded.get(standard.id());
            if (!standard.retired() || status != null) {
                lines.add(new Line(standard, status, !standard.retired() && Staleness.stale(status, today)));
            }
        }
        boolean ccio = viewer != null && organisation.retiredAt() == null && service.isCurrentCcio(viewer.id(), organisation.id());
        boolean canEdit = organisation.retiredAt() == null && viewer != null && (ccio || viewer.isModerator());
        List<Line> stale = lines.stream().filter(Line::stale).toList();
        List<Line> unrecorded = lines.stream()
                .filter(line -> !line.standard().retired() && line.shown() == AdoptionStatus.NOT_KNOWN).toList();
        boolean remindersOff = ccio && reminders.optedOut(viewer.id());
        return new ProviderPanel(organisation, lines, statuses.history(organisation.id(), HISTORY), canEdit, ccio, stale,
                unrecorded, remindersOff, remindersOff ? csrf() : null);
    }
}
