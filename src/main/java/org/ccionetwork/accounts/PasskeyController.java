package org.ccionetwork.accounts;

import java.net.URI;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.ccionetwork.shared.Flash;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.webauthn.jackson.WebauthnJacksonModule;
import org.springframework.security.web.webauthn.management.RelyingPartyPublicKey;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Adding a passkey from the account page: the two steps of the WebAuthn registration ceremony, in JSON for the
 * page's script ({@code /assets/js/passkeys.js}). Errors are problem details (RFC 9457); a name the member gave
 * that cannot be kept says so for the {@code label} field. Renaming and removing are plain forms
 * ({@link AccountController}).
 */
@Controller
class PasskeyController {

    static final String OPTIONS = "/account/passkeys/options";
    static final String ADD = "/account/passkeys";
    private static final JsonMapper JSON = JsonMapper.builder().addModule(new WebauthnJacksonModule()).build();

    private final Passkeys passkeys;

    PasskeyController(Passkeys passkeys) {
        this.passkeys = passkeys;
    }

    /** What the browser's {@code navigator.credentials.create} call sends. */
    record Registration(RelyingPartyPublicKey publicKey) {
    }

    @PostMapping(value = OPTIONS, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> options(@AuthenticationPrincipal MemberPrincipal me, Authentication authentication, HttpSession session) {
        try {
            return json(JSON.writeValueAsString(passkeys.begin(me, authentication, session)));
        } catch (Passkeys.SecondFactorFirst e) {
            return problem(HttpStatus.FORBIDDEN, e.getMessage(), null);
        }
    }

    @PostMapping(value = ADD, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> add(@AuthenticationPrincipal MemberPrincipal me, @RequestBody(required = false) String body,
            HttpSession session, HttpServletRequest request, HttpServletResponse response) {
        Registration registration;
        try {
            registration = body == null ? null : JSON.readValue(body, Registration.class);
        } catch (JacksonException e) {
            registration = null;
        }
        if (registration == null || registration.publicKey() == null || registration.publicKey().getCredential() == null) {
            return problem(HttpStatus.BAD_REQUEST, "This is not a passkey your browser made. Try again.", null);
        }
        var label = PasskeyLabel.check(registration.publicKey().getLabel());
        if (label.problem() != null) {
            return problem(HttpStatus.UNPROCESSABLE_ENTITY, label.problem(), "label");
        }
        try {
            passkeys.add(me, registration.publicKey(), label.value(), session);
        } catch (Passkeys.PasskeyNotAccepted e) {
            return problem(HttpStatus.BAD_REQUEST, e.getMessage(), null);
        }
        Flash.sayOn("/account", "Your passkey “" + label.value() + "” has been added. Next time, sign in with it.", request, response);
        return json("{\"success\":true}");
    }

    private static ResponseEntity<String> json(String body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).header("Cache-Control", "no-store").body(body);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, String field) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("about:blank"));
        if (field != null) {
            problem.setProperty("errors", Map.of(field, detail));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
