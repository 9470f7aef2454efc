package org.ccionetwork.organisations;

import org.ccionetwork.shared.DemoContent;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner bodies and sponsors of the network's story: a royal college of physicians and a computer
 * society run it with the network; three IT suppliers sponsor it. The suppliers are invented.
 */
@Component
@Order(10)
class OrganisationsDemoContent implements ApplicationRunner {

    private final DemoContent demo;
    private final OrganisationRepository organisations;

    OrganisationsDemoContent(DemoContent demo, OrganisationRepository organisations) {
        this.demo = demo;
        this.organisations = organisations;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || organisations.findBySlug("royal-college-of-physicians").isPresent()) {
            return;
        }
        organisations.insert(OrganisationKind.ROYAL_COLLEGE, "Royal College of Physicians", "royal-college-of-physicians",
                "https://www.rcp.ac.uk",
                "The professional body for physicians. Its health informatics unit champions good clinical records and co-founded the CCIO campaign.",
                Partnership.PARTNER);
        organisations.insert(OrganisationKind.PROFESSIONAL_BODY, "BCS, The Chartered Institute for IT", "bcs",
                "https://www.bcs.org",
                "The professional body for computing. Its health and care specialist group brings clinicians and technologists together.",
                Partnership.PARTNER);
        organisations.insert(OrganisationKind.IT_SUPPLIER, "Meridian Clinical Systems", "meridian-clinical-systems", null,
                "Electronic patient record supplier to acute and community trusts (demonstration sponsor).",
                Partnership.FOUNDATION_SPONSOR);
        organisations.insert(OrganisationKind.IT_SUPPLIER, "Openwell Health Software", "openwell-health-software", null,
                "Builds open-standards integration engines for hospitals (demonstration sponsor).", Partnership.SPONSOR);
        organisations.insert(OrganisationKind.IT_SUPPLIER, "Bluecastle Digital", "bluecastle-digital", null,
                "Mobile apps for clinicians at the bedside (demonstration sponsor).", Partnership.SUPPORTER);
    }
}
