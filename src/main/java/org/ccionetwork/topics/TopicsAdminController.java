package org.ccionetwork.topics;

import org.ccionetwork.shared.Flash;
import org.ccionetwork.shared.FormErrors;
import org.ccionetwork.shared.Views;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editors keep the one list of topics: add, rename, retire or restore, and reorder. */
@Controller
class TopicsAdminController {

    private static final String LIST = "redirect:/admin/topics";

    private final TopicService topics;

    TopicsAdminController(TopicService topics) {
        this.topics = topics;
    }

    @GetMapping("/admin/topics")
    ModelAndView list() {
        return Views.page("topics/topics", new TopicsPage(topics.all(), "", FormErrors.NONE));
    }

    @PostMapping("/admin/topics")
    ModelAndView add(@RequestParam(required = false) String name, RedirectAttributes redirect) {
        FormErrors errors = topics.check(name, null);
        if (errors.any()) {
            return Views.page("topics/topics", new TopicsPage(topics.all(), name == null ? "" : name, errors),
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        topics.add(name);
        Flash.say(redirect, "The topic “" + TopicService.clean(name) + "” has been added.");
        return new ModelAndView(LIST);
    }

    @GetMapping("/admin/topics/{slug}")
    ModelAndView edit(@PathVariable String slug) {
        Topic topic = topics.get(slug);
        return Views.page("topics/topic", new TopicPage(topic, topic.name(), FormErrors.NONE));
    }

    @PostMapping("/admin/topics/{slug}")
    ModelAndView rename(@PathVariable String slug, @RequestParam(required = false) String name, RedirectAttributes redirect) {
        Topic topic = topics.get(slug);
        FormErrors errors = topics.check(name, slug);
        if (errors.any()) {
            return Views.page("topics/topic", new TopicPage(topic, name == null ? "" : name, errors),
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        topics.rename(slug, name);
        Flash.say(redirect, "The topic is now called “" + TopicService.clean(name) + "”.");
        return new ModelAndView(LIST);
    }

    @PostMapping("/admin/topics/{slug}/retire")
    ModelAndView retire(@PathVariable String slug, RedirectAttributes redirect) {
        topics.retire(slug, true);
        Flash.say(redirect, "“" + topics.get(slug).name() + "” is retired: old content keeps it, forms no longer offer it.");
        return new ModelAndView(LIST);
    }

    @PostMapping("/admin/topics/{slug}/restore")
    ModelAndView restore(@PathVariable String slug, RedirectAttributes redirect) {
        topics.retire(slug, false);
        Flash.say(redirect, "“" + topics.get(slug).name() + "” is offered in forms again.");
        return new ModelAndView(LIST);
    }

    @PostMapping("/admin/topics/{slug}/move")
    ModelAndView move(@PathVariable String slug, @RequestParam(defaultValue = "down") String direction) {
        topics.move(slug, "up".equals(direction));
        return new ModelAndView(LIST);
    }
}
