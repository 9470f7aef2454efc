package org.ccionetwork.accounts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ccionetwork.shared.Flash;
import org.ccionetwork.shared.FormErrors;
import org.ccionetwork.shared.Views;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second factor: setting up an authenticator app, entering a code (or a recovery code) before staff pages,
 * and an administrator's reset of a member's second factor.
 */
@Controller
class SecondFactorController {

    static final String PATH = "/account/second-factor";

    private final SecondFactors factors;
    private final Passkeys passkeys;
    private final MemberRepository members;

    SecondFactorController(SecondFactors factors, Passkeys passkeys, MemberRepository members) {
        this.factors = factors;
        this.passkeys = passkeys;
        this.members = members;
    }

    /** {@code error} is set when a passkey was refused ({@link PasskeySignIn}). */
    @GetMapping(PATH)
    ModelAndView page(@AuthenticationPrincipal MemberPrincipal me, @RequestParam(required = false) String error) {
        boolean app = factors.enrolled(me.id());
        boolean passkey = passkeys.any(me.id());
        if (app || passkey) {
            var errors = error == null ? FormErrors.NONE : FormErrors.of("passkey",
                    "That passkey could not be used. Try again" + (app ? ", or enter a code from your app." : "."));
            var page = new Pages.SecondFactorPage(me.passedSecondFactor(), me.needsSecondFactor(), app, passkey,
                    factors.recoveryCodesLeft(me.id()), errors);
            return errors.any() ? Views.invalid("accounts/second-factor", page) : Views.page("accounts/second-factor", page);
        }
        var secret = factors.begin(me.id()).orElseThrow();
        return Views.page("accounts/second-factor-setup", setupPage(me, secret, FormErrors.NONE));
    }

    @PostMapping(PATH)
    ModelAndView verify(@AuthenticationPrincipal MemberPrincipal me, @RequestParam(required = false) String code,
            HttpServletRequest request, HttpServletResponse response) {
        var check = factors.verify(me.id(), code, request.getRemoteAddr());
        if (check != SecondFactors.Check.ACCEPTED) {
            String message = check == SecondFactors.Check.THROTTLED
                    ? "Too many wrong codes. Wait a while and try again, or ask an administrator to reset your second factor."
                    : "That code is not right, or has been used already. Enter the code your app shows now, or a recovery code.";
            return Views.invalid("accounts/second-factor", new Pages.SecondFactorPage(false, me.needsSecondFactor(),
                    factors.enrolled(me.id()), passkeys.any(me.id()), factors.recoveryCodesLeft(me.id()),
                    FormErrors.of("code", message)));
        }
        unlock(me, request, response);
        var saved = new HttpSessionRequestCache().getRequest(request, response);
        return new ModelAndView("redirect:" + (saved != null ? saved.getRedirectUrl() : "/admin"));
    }

    @PostMapping(PATH + "/setup")
    ModelAndView confirm(@AuthenticationPrincipal MemberPrincipal me, @RequestParam(required = false) String code,
            @RequestParam(required = false) String secret, HttpServletRequest request, HttpServletResponse response) {
        var codes = factors.confirm(me.id(), code, request.getRemoteAddr());
        if (codes.isEmpty()) {
            var again = factors.begin(me.id());
            if (again.isEmpty()) {
                return new ModelAndView("redirect:" + PATH);
            }
            return Views.invalid("accounts/second-factor-setup", setupPage(me, again.get(), FormErrors.of("code",
                    "That code is not right. We have made a new secret: add it to your app again and enter the code it shows.")));
        }
        unlock(me, request, response);
        response.setHeader("Cache-Control", "no-store");
        return Views.page("accounts/recovery-codes", new Pages.RecoveryCodesPage(codes.get()));
    }

    @PostMapping("/admin/members/{id}/second-factor/reset")
    String reset(@PathVariable long id, RedirectAttributes redirect) {
        factors.reset(id);
        Flash.say(redirect, "Their second factor has been removed. They set up a new one before their next staff page.");
        return "redirect:/admin/members/" + id;
    }

    private Pages.SecondFactorSetupPage setupPage(MemberPrincipal me, String secret, FormErrors errors) {
        String account = members.findById(me.id()).map(Member::email).orElse("member");
        String uri = "otpauth://totp/" + encode("CCIO Network:" + account) + "?secret=" + secret
                + "&issuer=" + encode("CCIO Network") + "&algorithm=SHA1&digits=6&period=30";
        return new Pages.SecondFactorSetupPage(secret, qrCode(uri), me.needsSecondFactor(), errors);
    }

    /** Keeps the session's principal, now with its second factor, so the staff roles count from here on. */
    private static void unlock(MemberPrincipal me, HttpServletRequest request, HttpServletResponse response) {
        var principal = me.withSecondFactor();
        var old = SecurityContextHolder.getContext().getAuthentication();
        var updated = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        updated.setDetails(old == null ? null : old.getDetails());
        request.changeSessionId();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(updated);
        SecurityContextHolder.setContext(context);
        new HttpSessionSecurityContextRepository().saveContext(context, request, response);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The QR code as a PNG data address (the Content Security Policy allows data: images, and no script is needed). */
    private static String qrCode(String text) {
        try {
            var matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 2));
            int scale = 6;
            var image = new java.awt.image.BufferedImage(matrix.getWidth() * scale, matrix.getHeight() * scale,
                    java.awt.image.BufferedImage.TYPE_BYTE_BINARY);
            for (int x = 0; x < image.getWidth(); x++) {
                for (int y = 0; y < image.getHeight(); y++) {
                    image.setRGB(x, y, matrix.get(x / scale, y / scale) ? 0x000000 : 0xFFFFFF);
                }
            }
            var png = new ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException | IOException e) {
            throw new IllegalStateException("The QR code could not be drawn", e);
        }
    }
}
