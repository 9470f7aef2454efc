package org.ccionetwork.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;


import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/** The OpenID Connect providers the operator configured, in the order of their ids; none by default. */
@Component
class SignInProviders {

    private final List<Pages.ProviderButton> buttons;

    SignInProviders(ObjectProvider<ClientRegistrationRepository> registrations) {
        var found = new ArrayList<Pages.ProviderButton>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            StreamSupport.stream(all.spliterator(), false)
                    .map(ClientRegistration.class::cast)
                    .filter(registration -> registration.getScopes().contains("openid"))
                    .forEach(registration -> found.add(new Pages.ProviderButton(registration.getRegistrationId(),
                            registration.getClientName())));
        }
        found.sort(java.util.Comparator.comparing(Pages.ProviderButton::id));
        this.buttons = List.copyOf(found);
    }

    List<Pages.ProviderButton> buttons() {
        return buttons;
    }

    boolean any() {
        return !buttons.isEmpty();
    }

    String nameOf(String registrationId) {
        return buttons.stream().filter(button -> button.id().equals(registrationId)).map(Pages.ProviderButton::name).findFirst()
                .orElse(registrationId);
    }
}
