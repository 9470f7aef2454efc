package org.ccionetwork.organisations;

import java.util.List;

import org.springframework.stereotype.Service;

/** What other modules ask of the organisations module. */
@Service
public class Organisations {

    private final OrganisationRepository repository;

    Organisations(OrganisationRepository repository) {
        this.repository = repository;
    }

    /** Partner bodies and sponsors, partners first, then by tier and name. */
    public List<Organisation> partners() {
        return repository.partners();
    }
}
