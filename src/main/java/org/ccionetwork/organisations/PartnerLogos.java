package org.ccionetwork.organisations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.ccionetwork.shared.AuditLog;
import org.ccionetwork.shared.FormErrors;
import org.ccionetwork.shared.files.FileStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Editors set, replace and remove the logos of partners and sponsors. The image goes to the file store before
 * the row is written; the file a logo replaces is deleted only once the change is committed, and the new file
 * is deleted again if it is not.
 */
@Service
class PartnerLogos {

    static final int MAX_ALT = 200;

    private static final Logger log = LoggerFactory.getLogger(PartnerLogos.class);

    private final PartnerLogoRepository logos;
    private final FileStore files;
    private final AuditLog audit;

    PartnerLogos(PartnerLogoRepository logos, FileStore files, AuditLog audit) {
        this.logos = logos;
        this.files = files;
        this.audit = audit;
    }

    /**
     * Sets the logo from an upload, or, when no file comes with a logo already set, changes its alternative
     * text. Returns the errors to show beside the fields, or none.
     */
    @Transactional
    public FormErrors change(Organisation partner, String fileName, byte[] content, String alt) {
        Map<String, String> errors = new LinkedHashMap<>();
        boolean hasFile = content != null && content.length > 0;
        Optional<PartnerLogo> current = logos.find(partner.id());
        LogoImage image = null;
        if (hasFile) {
            var verdict = LogoImage.check(fileName, content);
            if (verdict.problem() != null) {
                errors.put("logo", verdict.problem());
            }
            image = verdict.image();
        } else if (current.isEmpty()) {
            errors.put("logo", "Choose an image to upload: PNG, JPEG or WebP, up to 512 KB");
        }
        String cleanAlt = alt == null ? "" : alt.strip().replaceAll("\\s+", " ");
        if (cleanAlt.isEmpty()) {
            errors.put("alt", "Enter the alternative text: what the logo says, for people who cannot see it");
        } else if (cleanAlt.length() > MAX_ALT) {
            errors.put("alt", "The alternative text must be 200 characters or fewer");
        }
        if (!errors.isEmpty()) {
            return new FormErrors(errors);
        }
        if (image == null) {
            logos.updateAlt(partner.id(), cleanAlt);
            audit.record("PARTNER_LOGO_ALT_CHANGED", "organisation " + partner.id(), partner.name());
        } else {
            store(partner, image, cleanAlt);
            audit.record("PARTNER_LOGO_SET", "organisation " + partner.id(), partner.name());
        }
        return FormErrors.NONE;
    }

    @Transactional
    public boolean remove(Organisation partner) {
        Optional<String> removed = logos.delete(partner.id());
        removed.ifPresent(key -> {
            afterCommit(key, null);
            audit.record("PARTNER_LOGO_REMOVED", "organisation " + partner.id(), partner.name());
        });
        return removed.isPresent();
    }

    /** Stores a checked image as the partner's logo; the caller's transaction decides which file survives. */
    void store(Organisation partner, LogoImage image, String alt) {
        String key = FileStore.newKey("organisations");
        try {
            files.put(key, image.content(), image.contentType());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Optional<String> previous = logos.save(partner.id(), key, image.contentType(), alt, image.width(), image.height(),
                image.content().length);
        afterCommit(previous.orElse(null), key);
    }

    Optional<PartnerLogo> find(long organisationId) {
        return logos.find(organisationId);
    }

    InputStream open(PartnerLogo logo) throws IOException {
        return files.open(logo.key());
    }

    /** On commit the old file goes; on rollback the new one does. */
    private void afterCommit(String oldKey, String newKey) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            delete(oldKey);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                delete(status == STATUS_COMMITTED ? oldKey : newKey);
            }
        });
    }

    private void delete(String key) {
        if (key == null) {
            return;
        }
        try {
            files.delete(key);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not delete the logo file {}; it is no longer used", key, e);
        }
    }
}
