package org.ccionetwork.admin;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import org.ccionetwork.accounts.MemberAdministration;
import org.ccionetwork.accounts.MemberNotFound;
import org.ccionetwork.admin.AdminPages.MemberPage;
import org.ccionetwork.admin.AdminPages.MembersPage;
import org.ccionetwork.accounts.MemberSummary;
import org.ccionetwork.accounts.Role;
import org.ccionetwork.shared.Dates;
import org.ccionetwork.shared.Flash;
import org.ccionetwork.shared.FormErrors;
import org.ccionetwork.shared.PageOf;
import org.ccionetwork.shared.Viewer;
import org.ccionetwork.shared.Viewers;
import org.ccionetwork.shared.Views;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Member management for moderators (find, suspend, reinstate) and administrators (also roles). */
@Controller
class MembersController {

    private final MemberAdministration administration;

    MembersController(MemberAdministration administration) {
        this.administration = administration;
    }

    @GetMapping("/admin/members")
    ModelAndView list(@RequestParam(required = false) String q, @RequestParam(required = false) String role,
            @RequestParam(required = false) Integer page, HtmxRequest htmx) {
        String query = q == null ? "" : q.length() > 100 ? q.substring(0, 100) : q;
        Role roleFilter = parseRole(role);
        var members = administration.search(query, roleFilter, PageOf.clamp(page));
        var model = new MembersPage(members, query, roleFilter, List.of(Role.values()));
        // An htmx search replaces only the results, so the search box keeps focus while typing.
        return Views.pageOrFragment(htmx, "results", "admin/members", "admin/members-results", model);
    }

    @GetMapping("/admin/members/{id}")
    ModelAndView member(@PathVariable long id) {
        return page(find(id), SuspendForm.empty(), FormErrors.NONE, HttpStatus.OK);
    }

    @PostMapping("/admin/members/{id}/roles")
    String roles(@PathVariable long id, @RequestParam(name = "roles", required = false) List<String> roles,
            RedirectAttributes redirect) {
        MemberSummary member = find(id);
        Set<Role> wanted = EnumSet.noneOf(Role.class);
        if (roles != null) {
            for (String role : roles) {
                Role parsed = parseRole(role);
                if (parsed == null) {
                    throw RoleNotKnown.named(role);
                }
                wanted.add(parsed);
            }
        }
        administration.changeRoles(me().id(), id, wanted);
        Flash.say(redirect, "The roles of " + member.name() + " have been saved. They will need to sign in again.");
        return "redirect:/admin/members/" + id;
    }

    @PostMapping("/admin/members/{id}/suspend")
    ModelAndView suspend(@PathVariable long id, @Valid @ModelAttribute("form") SuspendForm form, BindingResult result,
            RedirectAttributes redirect) {
        MemberSummary member = find(id);
        if (result.hasErrors()) {
            return page(member, form, FormErrors.from(result), HttpStatus.UNPROCESSABLE_ENTITY);
        }
        var until = form.until() == null ? null : form.until().atStartOfDay(Dates.LONDON).toInstant();
        administration.suspend(me().id(), id, until, form.reason().strip());
        Flash.say(redirect, member.name() + " is suspended" + (until == null ? "" : " until " + Dates.date(form.until())) + ".");
        return new ModelAndView("redirect:/admin/members/" + id);
    }

    @PostMapping("/admin/members/{id}/reinstate")
    String reinstate(@PathVariable long id, RedirectAttributes redirect) {
        MemberSummary member = find(id);
        administration.reinstate(id);
        Flash.say(redirect, member.name() + " is reinstated.");
        return "redirect:/admin/members/" + id;
    }

    private ModelAndView page(MemberSummary member, SuspendForm form, FormErrors errors, HttpStatus status) {
        return Views.page("admin/member", new MemberPage(member, List.of(Role.values()), me().isAdmin(), form, errors), status);
    }

    private MemberSummary find(long id) {
        return administration.find(id).orElseThrow(() -> MemberNotFound.forId(id));
    }

    private static Viewer me() {
        return Viewers.current().orElseThrow();
    }

    private static Role parseRole(String role) {
        if (role == null || role.isBlank()) {
            return null;
        }
        for (Role candidate : Role.values()) {
            if (candidate.name().equals(role)) {
                return candidate;
            }
        }
        return null;
    }
}
