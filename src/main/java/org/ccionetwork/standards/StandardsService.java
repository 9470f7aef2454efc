package org.ccionetwork.standards;

import java.time.Clock;
import java.util.List;

import org.ccionetwork.shared.AuditLog;
import org.ccionetwork.shared.FormErrors;
import org.ccionetwork.shared.Slugs;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The managed list of standards, kept by editors; every change audited. */
@Service
class StandardsService {

    private final StandardRepository standards;
    private final AuditLog audit;
    private final Clock clock;

    StandardsService(StandardRepository standards, AuditLog audit, Clock clock) {
        this.standards = standards;
        this.audit = audit;
        this.clock = clock;
    }

    List<Standard> all() {
        return standards.all();
    }

    Standard bySlug(String slug) {
        return standards.findBySlug(slug == null ? "" : slug).orElseThrow(() -> StandardNotFound.forSlug(String.valueOf(slug)));
    }

    /** Adds the standard when the form is right; its address comes from its name, made unique. */
    @Transactional
    FormErrors create(StandardForm form) {
        FormErrors errors = form.check();
        if (errors.any()) {
            return errors;
        }
        String base = Slugs.of(form.name(), "standard");
        base = base.length() > 72 ? base.substring(0, 72).replaceAll("-+$", "") : base;
        String slug = base;
        for (int n = 2; standards.slugTaken(slug); n++) {
            slug = base + "-" + n;
        }
        standards.insert(slug, form, clock.instant());
        audit.record("STANDARD_ADDED", "standard " + slug, form.name() + (form.retiredNow() ? " (retired)" : ""));
        return FormErrors.NONE;
    }

    @Transactional
    FormErrors update(Standard standard, StandardForm form) {
        FormErrors errors = form.check();
        if (errors.any()) {
            return errors;
        }
        standards.update(standard.id(), form, clock.instant());
        String retirement = standard.retired() == form.retiredNow() ? "" : form.retiredNow() ? "; retired" : "; restored";
        audit.record("STANDARD_CHANGED", "standard " + standard.slug(), form.name() + retirement);
        return FormErrors.NONE;
    }
}
